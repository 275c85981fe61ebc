import type { RouteLocationRaw } from 'vue-router';

/** A point's record as the file lists it. */
export interface Evidence {
  sourceKind: string;
  sourceId: string;
  on: string;
}

/**
 * Where a point's record opens: the suggestion itself; the member's events (or matches) of that
 * day; the service activities of that day. The lists have no id filter, so the day and the member
 * narrow them to the record.
 */
export function evidenceLink(point: Evidence, memberId: string): RouteLocationRaw | null {
  switch (point.sourceKind) {
    case 'DUTY_EVENT':
      return { path: '/committee/duty-events', query: { memberId, from: point.on, to: point.on } };
    case 'SUGGESTION':
      return { path: `/committee/suggestions/${point.sourceId}` };
    case 'MATCH':
      return { path: '/matches', query: { memberId } };
    case 'SERVICE_ACTIVITY':
      return { path: '/service-activities', query: { from: point.on, to: point.on } };
    default:
      return null;
  }
}
