import { ImpactGrouping } from '../impact-grouping.js';

/**
 * How one way of grouping assigns a group key to each thing a report counts: outcome records
 * (alias `i`), service activities (alias `a`) and matches signed in the range (alias `sm`). A key
 * is text; NULL means "not broken down this way". `join` expands a row into several groups
 * (MEMBER: every broker and the team leader) — such groupings overlap.
 */
export interface Dimension {
  record: KeyExpression;
  activity: KeyExpression;
  signed: KeyExpression;
  /** Names a group key for people: a table whose `id` is the key, and its name column. */
  names?: { table: string; column: string };
  overlaps: boolean;
}

interface KeyExpression {
  key: string;
  join?: string;
}

const NONE: KeyExpression = { key: 'NULL' };

/** A record's quarter: its own period when it is a year or a quarter, else the quarter of its month. */
const RECORD_QUARTER = `CASE WHEN i.period LIKE '____-__' THEN left(i.period, 4) || 'Q' || ((substr(i.period, 6, 2)::int + 2) / 3) ELSE i.period END`;

/** The members credited with a record (domain rule 6): its match's brokers and its team's leader. */
const RECORD_MEMBERS = `LEFT JOIN LATERAL (
    SELECT mb.member_id FROM match_broker mb WHERE mb.match_id = i.match_id
    UNION SELECT i.leader_id WHERE i.leader_id IS NOT NULL
  ) credited ON true`;

export const DIMENSIONS: Record<ImpactGrouping, Dimension> = {
  TOWN: {
    record: { key: 'i.town_id' },
    activity: { key: 'a.town_id' },
    signed: { key: 'sm.town_id' },
    names: { table: 'division', column: 'name' },
    overlaps: false,
  },
  VILLAGE: {
    record: { key: 'i.village_id' },
    activity: { key: 'a.village_id' },
    signed: { key: 'sm.village_id' },
    names: { table: 'division', column: 'name' },
    overlaps: false,
  },
  BASE: {
    record: { key: 'i.base_id' },
    activity: { key: 'a.base_id' },
    signed: { key: 'sm.base_id' },
    names: { table: 'base', column: 'name' },
    overlaps: false,
  },
  ENTERPRISE: {
    record: { key: 'i.enterprise_id' },
    activity: NONE,
    signed: { key: 'sm.enterprise_id' },
    names: { table: 'enterprise', column: 'name' },
    overlaps: false,
  },
  TEAM: {
    record: { key: 'i.team_id' },
    activity: { key: 'a.team_id' },
    signed: NONE,
    names: { table: 'service_team', column: 'name' },
    overlaps: false,
  },
  MEMBER: {
    record: { key: 'credited.member_id', join: RECORD_MEMBERS },
    activity: { key: 'a.leader_id' },
    signed: { key: 'brokers.member_id', join: 'LEFT JOIN match_broker brokers ON brokers.match_id = sm.id' },
    names: { table: 'member', column: 'name' },
    overlaps: true,
  },
  YEAR: {
    record: { key: 'left(i.period, 4)' },
    activity: { key: `to_char(a.date, 'YYYY')` },
    signed: { key: `to_char(sm.signed_on, 'YYYY')` },
    overlaps: false,
  },
  QUARTER: {
    record: { key: RECORD_QUARTER },
    activity: { key: `to_char(a.date, 'YYYY"Q"Q')` },
    signed: { key: `to_char(sm.signed_on, 'YYYY"Q"Q')` },
    overlaps: false,
  },
  MONTH: {
    record: { key: 'i.period' },
    activity: { key: `to_char(a.date, 'YYYY-MM')` },
    signed: { key: `to_char(sm.signed_on, 'YYYY-MM')` },
    overlaps: false,
  },
};

/** The objects whose `impact` field a batch computes: one group per object, keyed by its id. */
export type ImpactSubject = 'MATCH' | 'TEAM' | 'BASE' | 'ENTERPRISE' | 'MEMBER' | 'DIVISION';

/**
 * Per-object impact: the same report, grouped by the object, over the batch's ids only
 * (`:subjects`). A division counts everything in its subtree, so one record can belong to a
 * county and to its town in the same batch.
 */
export const SUBJECT_DIMENSIONS: Record<ImpactSubject, Dimension> = {
  MATCH: { record: { key: 'i.match_id' }, activity: NONE, signed: { key: 'sm.id' }, overlaps: false },
  TEAM: DIMENSIONS.TEAM,
  BASE: DIMENSIONS.BASE,
  ENTERPRISE: DIMENSIONS.ENTERPRISE,
  MEMBER: DIMENSIONS.MEMBER,
  DIVISION: {
    record: { key: 'subject.id', join: 'JOIN unnest(:subjects::bigint[]) AS subject(id) ON i.place_ancestors @> ARRAY[subject.id]' },
    activity: { key: 'subject.id', join: 'JOIN unnest(:subjects::bigint[]) AS subject(id) ON a.place_ancestors @> ARRAY[subject.id]' },
    signed: { key: 'subject.id', join: 'JOIN unnest(:subjects::bigint[]) AS subject(id) ON sm.place_ancestors @> ARRAY[subject.id]' },
    overlaps: true,
  },
};
