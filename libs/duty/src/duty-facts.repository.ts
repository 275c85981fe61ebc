import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { COUNTY_TIME_ZONE } from '@rural/core';
import type { MatchStatus } from '@rural/matches';
import { Member } from '@rural/members';

import { DutyEvidenceKind } from './duty-evidence-kind.js';
import type { DutyFact } from './duty-fact.js';

/** One piece of evidence: `quantity` occurrences of a fact, from one record. */
export interface FactEvidence {
  memberId: string;
  fact: DutyFact;
  quantity: number;
  sourceKind: DutyEvidenceKind;
  sourceId: string;
  title: string;
  on: string;
}

/** How many times a fact happened for a member in the year. */
export interface FactCount {
  memberId: string;
  fact: DutyFact;
  times: number;
}

/** A match a member brokers, as the member's file lists it. */
export interface BrokeredMatch {
  matchId: string;
  title: string;
  status: MatchStatus;
  signedOn: string | null;
}

/** Who is ranked: the caller's scope, a division filter and a sector, each optional. */
export interface RankedMembers {
  scope: string | null;
  divisionId?: string | null;
  sector?: string | null;
}

// Each source yields evidence rows (member, fact, quantity, record); $1 and $2 are the year's
// first and last day, $3 the members asked for (null: all). Counting groups the same rows, so
// the ranking and a member's file can never disagree.
const TZ = `'${COUNTY_TIME_ZONE}'`;

/** Attendance, speeches and written contributions at the year's events. */
const EVENT_FACTS = `
  SELECT p.member_id::text AS member_id, f.fact, f.quantity, '${DutyEvidenceKind.DUTY_EVENT}' AS source_kind,
         e.id::text AS source_id, e.title, e.held_on::text AS on_day
  FROM duty_participant p
  JOIN duty_event e ON e.id = p.event_id
  CROSS JOIN LATERAL (VALUES
    (CASE e.kind WHEN 'PLENARY' THEN 'PLENARY' WHEN 'STANDING' THEN 'STANDING' ELSE 'ACTIVITY' END || '_' || p.attendance::text, 1),
    ('SPEECH', p.speeches),
    ('WRITTEN_SPEECH', p.written_speeches)) AS f(fact, quantity)
  WHERE e.held_on BETWEEN $1::date AND $2::date AND f.quantity > 0
    AND ($3::bigint[] IS NULL OR p.member_id = ANY($3::bigint[]))`;

/**
 * Brokered matches SIGNED or OPERATING at some time in the year. A match's current status is not
 * its history: every audited write of the match (audit_entry, written by a trigger in the same
 * transaction) holds the status it left, from that day (county calendar) until the next write.
 * Clerks often enter an agreement after the fact, so the first in-force stretch starts on the
 * earliest day the record itself vouches for, when that is earlier: the agreement's signing date,
 * or the start of the first period of an approved outcome record of the match (a match with
 * approved 2024 figures was running in 2024). A match with no audited write (entered before the
 * audit trail) counts by its current status since that day, or since it was entered.
 */
const MATCH_FACTS = `
  WITH brokered AS (
    SELECT b.member_id, m.id AS match_id, m.status::text AS status, m.created_at,
           e.name || '·' || v.name AS title,
           -- LEAST skips nulls: the earlier of the signing date and the first approved figures.
           LEAST(m.signed_on, (SELECT min(r.period_start) FROM outcome_record r
                               WHERE r.match_id = m.id AND r.status = 'APPROVED')) AS known_since
    FROM match_broker b
    JOIN match m ON m.id = b.match_id
    JOIN enterprise e ON e.id = m.enterprise_id
    JOIN division v ON v.id = m.village_id
    WHERE ($3::bigint[] IS NULL OR b.member_id = ANY($3::bigint[]))
  ), steps AS (
    SELECT a.entity_id AS match_key, a.after->>'status' AS status, (a.at AT TIME ZONE ${TZ})::date AS since,
           lead((a.at AT TIME ZONE ${TZ})::date) OVER (PARTITION BY a.entity_id ORDER BY a.at, a.id) AS until
    FROM audit_entry a
    WHERE a.entity_type = 'match' AND a.entity_id IN (SELECT match_id::text FROM brokered)
  ), in_force AS (
    SELECT match_key, since, until, since = min(since) OVER (PARTITION BY match_key) AS first
    FROM steps WHERE status IN ('SIGNED', 'OPERATING')
  ), stretches AS (
    SELECT b.member_id, b.match_id, b.title,
           CASE WHEN i.first AND b.known_since < i.since THEN b.known_since ELSE i.since END AS since, i.until
    FROM brokered b JOIN in_force i ON i.match_key = b.match_id::text
    UNION ALL
    SELECT b.member_id, b.match_id, b.title, COALESCE(b.known_since, (b.created_at AT TIME ZONE ${TZ})::date), NULL
    FROM brokered b
    WHERE b.status IN ('SIGNED', 'OPERATING')
      AND NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.entity_type = 'match' AND a.entity_id = b.match_id::text)
  )
  SELECT member_id::text AS member_id, 'MATCH_BROKERED' AS fact, 1 AS quantity, '${DutyEvidenceKind.MATCH}' AS source_kind,
         match_id::text AS source_id, title, min(since)::text AS on_day
  FROM stretches
  WHERE since <= $2::date AND (until IS NULL OR until >= $1::date)
  GROUP BY member_id, match_id, title`;

/** The year's visits of the teams a member leads or serves in (a leader listed as a member too counts once). */
const TEAM_FACTS = `
  SELECT t.member_id::text AS member_id, 'TEAM_ACTIVITY' AS fact, 1 AS quantity, '${DutyEvidenceKind.SERVICE_ACTIVITY}' AS source_kind,
         a.id::text AS source_id, st.name || '：' || a.topic AS title, a.date::text AS on_day
  FROM (SELECT id AS team_id, leader_id AS member_id FROM service_team
        UNION SELECT team_id, member_id FROM service_team_member) t
  JOIN service_team st ON st.id = t.team_id
  JOIN service_activity a ON a.team_id = t.team_id
  WHERE a.date BETWEEN $1::date AND $2::date AND ($3::bigint[] IS NULL OR t.member_id = ANY($3::bigint[]))`;

const SOURCES = [EVENT_FACTS, MATCH_FACTS, TEAM_FACTS];

interface EvidenceRow {
  member_id: string;
  fact: DutyFact;
  quantity: number;
  source_kind: DutyEvidenceKind;
  source_id: string;
  title: string;
  on_day: string;
}

/**
 * Every statement that finds the facts of members' work the service records itself (events,
 * matches, team visits). Suggestions come through the SUGGESTION_CREDITS port. Reads only, on the
 * pool (reports run outside any transaction).
 */
@Injectable()
export class DutyFactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** How many times each fact happened for each member in the year: one grouped statement per source. */
  async countsIn(year: number, memberIds: readonly string[]): Promise<FactCount[]> {
    if (memberIds.length === 0) return [];
    const counts = await Promise.all(
      SOURCES.map((source) =>
        this.dataSource.query<{ member_id: string; fact: DutyFact; times: number }[]>(
          `SELECT s.member_id, s.fact, CAST(sum(s.quantity) AS integer) AS times FROM (${source}) s GROUP BY s.member_id, s.fact`,
          yearParameters(year, memberIds),
        ),
      ),
    );
    return counts.flat().map((row) => ({ memberId: row.member_id, fact: row.fact, times: Number(row.times) }));
  }

  /** Every piece of evidence of one member's year, by date: one statement per source. */
  async evidenceOf(year: number, memberId: string): Promise<FactEvidence[]> {
    const rows = await Promise.all(
      SOURCES.map((source) =>
        this.dataSource.query<EvidenceRow[]>(
          `SELECT * FROM (${source}) s ORDER BY s.on_day, s.source_id`,
          yearParameters(year, [memberId]),
        ),
      ),
    );
    return rows.flat().map((row) => ({
      memberId: row.member_id,
      fact: row.fact,
      quantity: Number(row.quantity),
      sourceKind: row.source_kind,
      sourceId: row.source_id,
      title: row.title,
      on: row.on_day,
    }));
  }

  /** The members ranked: whose committee division lies in the scope and the filter's subtree, of the sector given. */
  membersRanked({ scope, divisionId, sector }: RankedMembers): Promise<Member[]> {
    const query = this.dataSource.manager.createQueryBuilder(Member, 'member').orderBy('member.id', 'ASC');
    const within = (param: string) =>
      `EXISTS (SELECT 1 FROM division d WHERE d.id = member.division_id AND d.ancestor_ids @> ARRAY[:${param}]::bigint[])`;
    if (scope) query.andWhere(within('scope'), { scope });
    if (divisionId) query.andWhere(within('divisionId'), { divisionId });
    if (sector) query.andWhere('member.sector = :sector', { sector });
    return query.getMany();
  }

  /** The matches a member brokers that lie in the caller's scope, in id order, named as people know them. */
  async brokeredMatches(memberId: string, scope: string | null): Promise<BrokeredMatch[]> {
    const rows = await this.dataSource.query<{ id: string; title: string; status: MatchStatus; signed_on: string | null }[]>(
      `SELECT m.id::text AS id, e.name || '·' || v.name AS title, m.status::text AS status, m.signed_on::text AS signed_on
         FROM match m
         JOIN match_broker b ON b.match_id = m.id AND b.member_id = $1
         JOIN enterprise e ON e.id = m.enterprise_id
         JOIN division v ON v.id = m.village_id
        WHERE ($2::bigint IS NULL OR v.ancestor_ids @> ARRAY[$2::bigint])
        ORDER BY m.id`,
      [memberId, scope],
    );
    return rows.map((row) => ({ matchId: row.id, title: row.title, status: row.status, signedOn: row.signed_on }));
  }

  /** The ancestors (self included) of a division; null when there is no such division. */
  async divisionAncestors(divisionId: string): Promise<string[] | null> {
    const [row] = await this.dataSource.query<{ ancestor_ids: string[] }[]>(`SELECT ancestor_ids FROM division WHERE id = $1`, [
      divisionId,
    ]);
    return row ? row.ancestor_ids.map(String) : null;
  }
}

function yearParameters(year: number, memberIds: readonly string[]): unknown[] {
  return [`${year}-01-01`, `${year}-12-31`, memberIds];
}
