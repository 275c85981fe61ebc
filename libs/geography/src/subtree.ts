/**
 * SQL for "lies in the subtree of a division": `column` holds a division id, and the division it
 * names has `:<param>` among its ancestors (or is it). Uses the GIN index on `ancestor_ids`.
 */
export function inDivisionSubtree(column: string, param: string): string {
  return `EXISTS (SELECT 1 FROM division scope_division WHERE scope_division.id = ${column} AND scope_division.ancestor_ids @> ARRAY[:${param}]::bigint[])`;
}
