import { getNamedType, isObjectType, type GraphQLNamedType, type GraphQLSchema } from 'graphql';

import { sql } from '../support/database.js';
import type { TestApp } from '../support/test-app.js';

/**
 * Where each identified GraphQL type (an object type with an `id`) lies, as the database says.
 * A placed type answers: which of these ids lie inside the division `$2`'s subtree. Shared
 * registries are seen by every caller. A type in neither list fails the walk: whoever adds it
 * must say where its rows lie.
 */
const PLACED: Record<string, string> = {
  Division: `SELECT id::text AS id FROM division WHERE id = ANY($1::bigint[]) AND ancestor_ids @> ARRAY[$2]::bigint[]`,
  Base: `SELECT b.id::text AS id FROM base b JOIN division v ON v.id = b.village_id
          WHERE b.id = ANY($1::bigint[]) AND v.ancestor_ids @> ARRAY[$2]::bigint[]`,
  Match: `SELECT m.id::text AS id FROM match m JOIN division v ON v.id = m.village_id
           WHERE m.id = ANY($1::bigint[]) AND v.ancestor_ids @> ARRAY[$2]::bigint[]`,
  ServiceActivity: `SELECT a.id::text AS id FROM service_activity a JOIN base b ON b.id = a.base_id JOIN division v ON v.id = b.village_id
                     WHERE a.id = ANY($1::bigint[]) AND v.ancestor_ids @> ARRAY[$2]::bigint[]`,
  OutcomeRecord: `SELECT id::text AS id FROM outcome_record WHERE id = ANY($1::bigint[]) AND place_path @> ARRAY[$2]::bigint[]`,
  // A duty event lies at the division whose committee held it.
  DutyEvent: `SELECT e.id::text AS id FROM duty_event e JOIN division d ON d.id = e.division_id
               WHERE e.id = ANY($1::bigint[]) AND d.ancestor_ids @> ARRAY[$2]::bigint[]`,
  // Changes of placed rows inside the scope; changes of shared rows only to whoever made them (none here: the test callers only read).
  AuditLogEntry: `SELECT id::text AS id FROM audit_entry WHERE id = ANY($1::bigint[]) AND place_path @> ARRAY[$2]::bigint[]`,
  // Keys and accounts belong to a division like the callers who hold them.
  ApiKey: `SELECT k.id::text AS id FROM api_key k JOIN division d ON d.id = k.division_id
            WHERE k.id = ANY($1::bigint[]) AND d.ancestor_ids @> ARRAY[$2]::bigint[]`,
  User: `SELECT u.id::text AS id FROM app_user u JOIN division d ON d.id = u.division_id
          WHERE u.id = ANY($1::bigint[]) AND d.ancestor_ids @> ARRAY[$2]::bigint[]`,
  // An import belongs to the division of whoever sent it.
  SpreadsheetImport: `SELECT i.id::text AS id FROM spreadsheet_import i JOIN division d ON d.id = i.division_id
                       WHERE i.id = ANY($1::bigint[]) AND d.ancestor_ids @> ARRAY[$2]::bigint[]`,
  // A suggestion lies in its committee division; what hangs on it lies with it.
  Suggestion: `SELECT s.id::text AS id FROM suggestion s JOIN division d ON d.id = s.division_id
                WHERE s.id = ANY($1::bigint[]) AND d.ancestor_ids @> ARRAY[$2]::bigint[]`,
  // A board item is a view of one suggestion and carries its id.
  SuggestionBoardItem: `SELECT s.id::text AS id FROM suggestion s JOIN division d ON d.id = s.division_id
                         WHERE s.id = ANY($1::bigint[]) AND d.ancestor_ids @> ARRAY[$2]::bigint[]`,
  SuggestionAssignment: `SELECT c.id::text AS id FROM suggestion_assignment c JOIN suggestion s ON s.id = c.suggestion_id JOIN division d ON d.id = s.division_id
            WHERE c.id = ANY($1::bigint[]) AND d.ancestor_ids @> ARRAY[$2]::bigint[]`,
  SuggestionOpinion: `SELECT c.id::text AS id FROM suggestion_opinion c JOIN suggestion s ON s.id = c.suggestion_id JOIN division d ON d.id = s.division_id
            WHERE c.id = ANY($1::bigint[]) AND d.ancestor_ids @> ARRAY[$2]::bigint[]`,
  SuggestionReply: `SELECT c.id::text AS id FROM suggestion_reply c JOIN suggestion s ON s.id = c.suggestion_id JOIN division d ON d.id = s.division_id
            WHERE c.id = ANY($1::bigint[]) AND d.ancestor_ids @> ARRAY[$2]::bigint[]`,
  SuggestionInstruction: `SELECT c.id::text AS id FROM suggestion_instruction c JOIN suggestion s ON s.id = c.suggestion_id JOIN division d ON d.id = s.division_id
            WHERE c.id = ANY($1::bigint[]) AND d.ancestor_ids @> ARRAY[$2]::bigint[]`,
  SuggestionSupervisionNote: `SELECT c.id::text AS id FROM suggestion_supervision_note c JOIN suggestion s ON s.id = c.suggestion_id JOIN division d ON d.id = s.division_id
            WHERE c.id = ANY($1::bigint[]) AND d.ancestor_ids @> ARRAY[$2]::bigint[]`,
  SuggestionStep: `SELECT c.id::text AS id FROM suggestion_step c JOIN suggestion s ON s.id = c.suggestion_id JOIN division d ON d.id = s.division_id
            WHERE c.id = ANY($1::bigint[]) AND d.ancestor_ids @> ARRAY[$2]::bigint[]`,
  // whoAmI: the calling account or key itself, placed where it is limited to.
  Caller: `SELECT c.id::text AS id FROM (SELECT id, division_id FROM app_user UNION ALL SELECT id, division_id FROM api_key) c
            JOIN division d ON d.id = c.division_id WHERE c.id = ANY($1::bigint[]) AND d.ancestor_ids @> ARRAY[$2]::bigint[]`,
};

/**
 * The county's shared registries (README, "Scopes"), and who made an audited change or entered and
 * last changed an outcome record (a name, not a row: seen with the record it wrote).
 */
const SHARED = new Set(['Enterprise', 'Member', 'ServiceTeam', 'AuditActor', 'OutcomeWriter', 'HandlingUnit']);

/** Every identified object type reachable from Query, by name. */
export function identifiedTypes(schema: GraphQLSchema): string[] {
  const seen = new Set<string>();
  const visit = (type: GraphQLNamedType) => {
    if (!isObjectType(type) || seen.has(type.name)) return;
    seen.add(type.name);
    for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
  };
  visit(schema.getQueryType() as GraphQLNamedType);
  return [...seen].filter((name) => {
    const type = schema.getType(name);
    return name !== 'Query' && isObjectType(type) && 'id' in type.getFields();
  });
}

/** The types the test cannot place: each must get a rule here. */
export function typesWithoutRule(types: Iterable<string>): string[] {
  return [...types].filter((name) => !(name in PLACED) && !SHARED.has(name));
}

export function isShared(typename: string): boolean {
  return SHARED.has(typename);
}

/** The ids of `typename` that lie outside `scope` (or do not exist): each is a leak. */
export async function outsideScope(t: TestApp, typename: string, ids: string[], scope: string): Promise<string[]> {
  if (SHARED.has(typename) || ids.length === 0) return [];
  const rule = PLACED[typename];
  if (!rule) throw new Error(`add a placement rule for ${typename} (test/scopes/placement-rules.ts)`);
  const inside = new Set((await sql<{ id: string }>(t, rule, [ids, scope])).map((row) => row.id));
  return ids.filter((id) => !inside.has(id));
}
