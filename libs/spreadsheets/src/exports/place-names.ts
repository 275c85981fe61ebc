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
