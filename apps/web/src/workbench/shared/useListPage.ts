import { useQuery, type AnyVariables, type TypedDocumentNode } from '@urql/vue';
import { computed, reactive, watch } from 'vue';
import { useRoute, useRouter, type LocationQuery } from 'vue-router';

import { errorMessage } from '../../api/errors';

/** One page of a list query: `{ items, totalItems }`. */
export interface ListPageData<TItem> {
  items: TItem[];
  totalItems: number;
}

/** The filters a list page offers, each a string in the URL ('' = not filtered). */
export type FilterValues = Record<string, string>;

export interface ListPageOptions<TFilters extends FilterValues, TData, TVariables extends AnyVariables, TItem> {
  query: TypedDocumentNode<TData, TVariables>;
  /** The filters and their empty values; their names are the URL's query parameters. */
  filters: TFilters;
  /** The query's variables for the filters in the URL and the page asked for. */
  variables: (filters: TFilters, page: { skip: number; take: number }) => TVariables;
  /** The list inside the query's answer. */
  list: (data: TData) => ListPageData<TItem>;
}

export const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;

/**
 * A list page's machinery: the filters, page and page size live in the URL (so a list can be
 * bookmarked, shared and restored with the back button), and the query follows the URL.
 * `draft` is what the filter bar edits; `search()` moves it into the URL.
 */
export function useListPage<TFilters extends FilterValues, TData, TVariables extends AnyVariables, TItem>(
  options: ListPageOptions<TFilters, TData, TVariables, TItem>,
) {
  const route = useRoute();
  const router = useRouter();

  const applied = computed(() => filtersFrom(route.query, options.filters));
  const page = computed(() => positiveNumber(route.query.page, 1));
  const pageSize = computed(() => {
    const size = positiveNumber(route.query.size, DEFAULT_PAGE_SIZE);
    return PAGE_SIZES.includes(size) ? size : DEFAULT_PAGE_SIZE;
  });
  const draft = reactive({ ...applied.value }) as TFilters;
  // Back/forward changes the URL: the filter bar shows what the list shows.
  watch(applied, (filters) => Object.assign(draft, filters));

  const variables = computed(() => options.variables(applied.value, { skip: (page.value - 1) * pageSize.value, take: pageSize.value }));
  const result = useQuery<TData, TVariables>({ query: options.query, variables } as never);

  const list = computed(() => (result.data.value ? options.list(result.data.value) : undefined));

  function go(query: Record<string, string | undefined>): void {
    const next: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...route.query, ...query })) {
      if (typeof value === 'string' && value !== '') next[key] = value;
    }
    void router.replace({ query: next });
  }

  return {
    draft,
    applied,
    page,
    pageSize,
    items: computed(() => list.value?.items ?? []),
    total: computed(() => list.value?.totalItems ?? 0),
    fetching: result.fetching,
    error: computed(() => (result.error.value ? errorMessage(result.error.value) : '')),
    /** Shows the filters of the filter bar, from the first page. */
    search: () => go({ ...draft, page: undefined }),
    /** Clears every filter. */
    reset: () => go({ ...Object.fromEntries(Object.keys(options.filters).map((key) => [key, undefined])), page: undefined }),
    changePage: (to: number) => go({ page: to > 1 ? String(to) : undefined }),
    changePageSize: (size: number) => go({ size: String(size), page: undefined }),
    /** Reads the page again from the server (after a change). */
    refresh: () => result.executeQuery({ requestPolicy: 'network-only' }),
  };
}

function filtersFrom<TFilters extends FilterValues>(query: LocationQuery, empty: TFilters): TFilters {
  const filters: FilterValues = { ...empty };
  for (const key of Object.keys(empty)) {
    const value = query[key];
    if (typeof value === 'string') filters[key] = value;
  }
  return filters as TFilters;
}

function positiveNumber(value: unknown, fallback: number): number {
  const number = typeof value === 'string' ? Number.parseInt(value, 10) : Number.NaN;
  return Number.isFinite(number) && number > 0 ? number : fallback;
}

/** A filter's value for a query variable: undefined when not set. */
export function given(value: string): string | undefined {
  return value === '' ? undefined : value;
}
