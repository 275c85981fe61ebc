import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { SuggestionCredit, SuggestionCredits } from '@rural/committee';

/**
 * The suggestion steps that earn members duty points (the committee lib's SUGGESTION_CREDITS
 * port), in one statement. Dates are the county-calendar dates the steps stored.
 * - SUBMITTED and FILED: the suggestion's own days (a NOT_FILED one has no filing day).
 * - ADOPTED: the first reply with result A or B — a second adopting round earns nothing more.
 * - INSTRUCTED: one credit per leader's instruction.
 */
@Injectable()
export class SuggestionCreditsRepository implements SuggestionCredits {
  constructor(private readonly dataSource: DataSource) {}

  async creditsIn(year: number, memberIds: readonly string[] | null): Promise<SuggestionCredit[]> {
    return this.dataSource.query(
      `WITH credit AS (
         SELECT s.id AS suggestion_id, 'SUBMITTED' AS event, s.submitted_on AS on_date FROM suggestion s WHERE s.submitted_on IS NOT NULL
         UNION ALL
         SELECT s.id, 'FILED', s.filed_on FROM suggestion s WHERE s.filed_on IS NOT NULL
         UNION ALL
         SELECT r.suggestion_id, 'ADOPTED', min(r.replied_on) FROM suggestion_reply r WHERE r.result IN ('A', 'B') GROUP BY r.suggestion_id
         UNION ALL
         SELECT i.suggestion_id, 'INSTRUCTED', i.given_on FROM suggestion_instruction i
       )
       SELECT a.member_id::text AS "memberId", s.id::text AS "suggestionId", s.title, s.kind::text AS kind, c.event,
              a.position = 0 AS lead, to_char(c.on_date, 'YYYY-MM-DD') AS "on"
         FROM credit c
         JOIN suggestion s ON s.id = c.suggestion_id AND s.status <> 'DRAFT'
         JOIN suggestion_author a ON a.suggestion_id = s.id
        WHERE c.on_date >= make_date($1::int, 1, 1) AND c.on_date < make_date($1::int + 1, 1, 1)
          AND ($2::bigint[] IS NULL OR a.member_id = ANY($2::bigint[]))
        ORDER BY a.member_id, c.on_date, s.id, c.event`,
      [year, memberIds ? [...memberIds] : null],
    ) as Promise<SuggestionCredit[]>;
  }
}
