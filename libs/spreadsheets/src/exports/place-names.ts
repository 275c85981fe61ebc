import type { RequestContext } from '@rural/core';
import { DivisionLevel, type DivisionService } from '@rural/geography';

/** 县, 乡镇, 村 of a place, by name, as the template's place columns take them. */
export interface PlaceNames {
  county: string | null;
  town: string | null;
  village: string | null;
}

/**
 * The names of a division and its ancestors, through the request's batched division loader (it
 * does not apply the caller's scope: a town clerk's rows still name their county).
 */
export async function placeNames(ctx: RequestContext, divisions: DivisionService, divisionId: string): Promise<PlaceNames> {
  const loader = divisions.byIdLoader(ctx);
  const place = await loader.load(divisionId);
  const chain = place ? await Promise.all(place.ancestorIds.map((id) => loader.load(id))) : [];
  const named = (level: DivisionLevel) => chain.find((division) => division?.level === level)?.name ?? null;
  return { county: named(DivisionLevel.COUNTY), town: named(DivisionLevel.TOWN), village: named(DivisionLevel.VILLAGE) };
}

/**
 * placeNames for a whole page of places at once: two batched loads (the places, then all their
 * ancestors) instead of a chain of awaits per row, so a page of 1000 rows costs two lookups.
 */
export async function placeNamesOfPage(
  ctx: RequestContext,
  divisions: DivisionService,
  placeIds: string[],
): Promise<(id: string) => PlaceNames> {
  const loader = divisions.byIdLoader(ctx);
  const places = await loadedById(loader, placeIds);
  const ancestors = await loadedById(
    loader,
    [...places.values()].flatMap((place) => place?.ancestorIds ?? []),
  );
  return (id) => {
    const chain = (places.get(id)?.ancestorIds ?? []).map((ancestorId) => ancestors.get(ancestorId));
    const named = (level: DivisionLevel) => chain.find((division) => division?.level === level)?.name ?? null;
    return { county: named(DivisionLevel.COUNTY), town: named(DivisionLevel.TOWN), village: named(DivisionLevel.VILLAGE) };
  };
}

/** The rows of `ids` (each asked once) through a batched loader, by id; a failed load throws. */
export async function loadedById<T>(
  loader: { loadMany(ids: readonly string[]): Promise<(T | null | Error)[]> },
  ids: Iterable<string | null | undefined>,
): Promise<Map<string, T | null>> {
  const unique = [...new Set([...ids].filter((id): id is string => Boolean(id)))];
  const loaded = await loader.loadMany(unique);
  return new Map(
    unique.map((id, index) => {
      const row = loaded[index];
      if (row instanceof Error) throw row;
      return [id, row ?? null];
    }),
  );
}

/**
 * A division as a 所属政协 cell names it: the names from its county down, joined by / (东兰县,
 * 东兰县/武篆镇) — from the top for one above county level — which `DivisionPaths` reads back.
 */
export async function divisionPath(ctx: RequestContext, divisions: DivisionService, divisionId: string | null): Promise<string | null> {
  if (!divisionId) return null;
  const loader = divisions.byIdLoader(ctx);
  const place = await loader.load(divisionId);
  if (!place) return null;
  const chain = (await loader.loadMany(place.ancestorIds)).filter(
    (division): division is NonNullable<typeof place> => Boolean(division) && !(division instanceof Error),
  );
  const county = chain.findIndex((division) => division.level === DivisionLevel.COUNTY);
  return chain
    .slice(Math.max(county, 0))
    .map((division) => division.name)
    .join('/');
}
