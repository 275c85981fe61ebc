import { computed, type ComputedRef } from 'vue';
import { useRoute, useRouter, type LocationQuery, type RouteLocationRaw } from 'vue-router';

import type { ImpactFilter } from '../generated/graphql';
import { mayEdit } from '../session/session';

/** What the dashboard shows. The URL is the state: a copied link reproduces the view. */
export interface DashboardFilter {
  divisionId: string | null;
  from: string | null;
  to: string | null;
  includeUnapproved: boolean;
}

/** The filter in the current URL, and a way to change it (a new history entry, so Back undoes it). */
export function useDashboardFilter(): { filter: ComputedRef<DashboardFilter>; change: (patch: Partial<DashboardFilter>) => void } {
  const route = useRoute();
  const router = useRouter();
  const filter = computed(() => filterOf(route.query));
  function change(patch: Partial<DashboardFilter>): void {
    void router.push(dashboardLink({ ...filter.value, ...patch }));
  }
  return { filter, change };
}

export function filterOf(query: LocationQuery): DashboardFilter {
  return {
    divisionId: single(query.divisionId),
    from: single(query.from),
    to: single(query.to),
    // Viewers never count unapproved records, whatever a forwarded link says.
    includeUnapproved: mayEdit() && single(query.includeUnapproved) === 'true',
  };
}

/** The dashboard's address for a filter; what is not set stays out of the query string. */
export function dashboardLink(filter: DashboardFilter): RouteLocationRaw {
  return { path: '/dashboard', query: queryParameters(filter) };
}

/** The filter as query parameters, named as ImpactFilter's fields (the export endpoint reads the same). */
export function queryParameters(filter: DashboardFilter): Record<string, string> {
  const parameters: Record<string, string> = {};
  if (filter.divisionId) parameters.divisionId = filter.divisionId;
  if (filter.from) parameters.from = filter.from;
  if (filter.to) parameters.to = filter.to;
  if (filter.includeUnapproved) parameters.includeUnapproved = 'true';
  return parameters;
}

/** The GraphQL filter: absent fields left out, so the server applies the caller's whole scope. */
export function impactFilter(filter: DashboardFilter): ImpactFilter {
  const { divisionId, from, to } = queryParameters(filter);
  return { divisionId, from, to, includeUnapproved: filter.includeUnapproved || undefined };
}

function single(value: LocationQuery[string] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return first ? first : null;
}
