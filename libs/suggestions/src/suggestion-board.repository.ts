import { Injectable } from '@nestjs/common';

import { containsPattern, type RequestContext } from '@rural/core';
import { Transactions } from '@rural/database';
import { inDivisionSubtree } from '@rural/geography';

import type { SuggestionBoardFilter, SuggestionFiguresFilter } from './dto/suggestion-board.types.js';
import { Suggestion } from './entities/suggestion.entity.js';
import type { SuggestionViewer } from './suggestion-viewer.js';
import { visibleTo } from './suggestion.repository.js';

/** A unit's counts: open items today, the year's replies and evaluations. */
export interface UnitCounts {
  unitId: string;
  open: number;
  red: number;
  yellow: number;
  replied: number;
  repliedOnTime: number;
  evaluated: number;
  satisfied: number;
}

/** The counts a figures sentence is made of. */
export interface FigureCounts {
  submitted: number;
  filed: number;
  notFiled: number;
  replied: number;
  adopted: number;
  instructed: number;
  closed: number;
}

const BOARD_LIMIT = 500;

/** The supervision board's, the units' and the figures' statements: aggregates in SQL. */
@Injectable()
export class SuggestionBoardRepository {
  constructor(private readonly transactions: Transactions) {}

  /** Open items the viewer sees, by deadline: red (most overdue first), then yellow, then green. */
  openItems(ctx: RequestContext, filter: SuggestionBoardFilter, viewer: SuggestionViewer): Promise<Suggestion[]> {
    const query = visibleTo(this.transactions.manager(ctx).createQueryBuilder(Suggestion, 'suggestion'), viewer).andWhere(
      `suggestion.status = 'ASSIGNED'`,
    );
    if (filter.divisionId) query.andWhere(inDivisionSubtree('suggestion.divisionId', 'divisionId'), { divisionId: filter.divisionId });
    if (filter.unitId) query.andWhere('suggestion.leadUnitId = :unitId', { unitId: filter.unitId });
    // Deadline order is light order: past deadlines (red) come before near ones (yellow), then far ones.
    return query.orderBy('suggestion.deadline', 'ASC').addOrderBy('suggestion.id', 'ASC').take(BOARD_LIMIT).getMany();
  }

  /**
   * Per lead unit, in one statement: today's open, red and yellow items, and the year's replies
   * (each round's reply counts once, on time when given by the deadline it answered) and their
   * evaluations. Limited to the caller's scope and the filter's division.
   */
  async unitCounts(
    ctx: RequestContext,
    args: { scope: string | null; divisionId: string | null; unitId: string | null; today: string; yellowDays: number; year: number },
  ): Promise<UnitCounts[]> {
    const rows = (await this.transactions.manager(ctx).query(
      `WITH placed AS (
         SELECT s.id, s.status, s.lead_unit_id, s.deadline
           FROM suggestion s JOIN division d ON d.id = s.division_id
          WHERE ($1::bigint IS NULL OR d.ancestor_ids @> ARRAY[$1::bigint])
            AND ($2::bigint IS NULL OR d.ancestor_ids @> ARRAY[$2::bigint])
       ), open AS (
         SELECT lead_unit_id AS unit_id, count(*) AS open,
                count(*) FILTER (WHERE deadline < $4::date) AS red,
                count(*) FILTER (WHERE deadline >= $4::date AND deadline - $4::date <= $5) AS yellow
           FROM placed WHERE status = 'ASSIGNED' GROUP BY lead_unit_id
       ), replied AS (
         SELECT r.unit_id, count(*) AS replied,
                count(*) FILTER (WHERE r.replied_on <= r.deadline) AS on_time,
                count(r.evaluation) AS evaluated,
                count(*) FILTER (WHERE r.evaluation IN ('SATISFIED', 'BASICALLY_SATISFIED')) AS satisfied
           FROM suggestion_reply r JOIN placed p ON p.id = r.suggestion_id
          WHERE r.replied_on >= make_date($6::int, 1, 1) AND r.replied_on < make_date($6::int + 1, 1, 1)
          GROUP BY r.unit_id
       )
       SELECT u.id::text AS "unitId",
              coalesce(o.open, 0)::int AS open, coalesce(o.red, 0)::int AS red, coalesce(o.yellow, 0)::int AS yellow,
              coalesce(r.replied, 0)::int AS replied, coalesce(r.on_time, 0)::int AS "repliedOnTime",
              coalesce(r.evaluated, 0)::int AS evaluated, coalesce(r.satisfied, 0)::int AS satisfied
         FROM handling_unit u
         LEFT JOIN open o ON o.unit_id = u.id
         LEFT JOIN replied r ON r.unit_id = u.id
        WHERE (o.unit_id IS NOT NULL OR r.unit_id IS NOT NULL) AND ($3::bigint IS NULL OR u.id = $3::bigint)
        ORDER BY coalesce(o.red, 0) DESC, coalesce(o.yellow, 0) DESC, u.name, u.id`,
      [args.scope, args.divisionId, args.unitId, args.today, args.yellowDays, args.year],
    )) as UnitCounts[];
    return rows;
  }

  /** Suggestions past draft in the scope, division, year (of submission) and topic, counted in one statement. */
  async figures(ctx: RequestContext, scope: string | null, filter: SuggestionFiguresFilter): Promise<FigureCounts> {
    const [row] = (await this.transactions.manager(ctx).query(
      `SELECT count(*)::int AS submitted,
              count(*) FILTER (WHERE s.filed_on IS NOT NULL)::int AS filed,
              count(*) FILTER (WHERE s.status = 'NOT_FILED')::int AS "notFiled",
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM suggestion_reply r WHERE r.suggestion_id = s.id))::int AS replied,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM suggestion_reply r WHERE r.suggestion_id = s.id AND r.result IN ('A', 'B')))::int AS adopted,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM suggestion_instruction i WHERE i.suggestion_id = s.id))::int AS instructed,
              count(*) FILTER (WHERE s.status = 'CLOSED')::int AS closed
         FROM suggestion s JOIN division d ON d.id = s.division_id
        WHERE s.status <> 'DRAFT'
          AND ($1::bigint IS NULL OR d.ancestor_ids @> ARRAY[$1::bigint])
          AND ($2::bigint IS NULL OR d.ancestor_ids @> ARRAY[$2::bigint])
          AND ($3::int IS NULL OR (s.submitted_on >= make_date($3::int, 1, 1) AND s.submitted_on < make_date($3::int + 1, 1, 1)))
          AND ($4::text IS NULL OR s.topic ILIKE $4::text)`,
      [scope, filter.divisionId ?? null, filter.year ?? null, filter.topic ? containsPattern(filter.topic) : null],
    )) as FigureCounts[];
    return row;
  }
}
