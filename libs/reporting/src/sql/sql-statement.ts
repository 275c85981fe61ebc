/** One statement as PostgreSQL receives it: the text with $1, $2, … and their values. */
export interface SqlStatement {
  text: string;
  /** The values of $1, $2, … in that order. */
  values: unknown[];
  /** The name each $n had in the builder (`:scopeFirstDay`), for the committed snapshots. */
  names: string[];
}

/** A named parameter (`:name`), but not the second half of a cast (`::date`). */
const NAMED_PARAMETER = /(?<!:):([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * Turns `:name` parameters into `$n`, numbered in the order they first appear, so the same text
 * always gets the same numbers; a name used twice is one parameter. An unknown name throws: a
 * builder that forgot a parameter fails in the unit tests, not at a caller.
 */
export function positional(sql: string, parameters: Record<string, unknown>): SqlStatement {
  const names: string[] = [];
  const text = sql.replace(NAMED_PARAMETER, (_match, name: string) => {
    if (!Object.hasOwn(parameters, name)) throw new Error(`SQL parameter :${name} has no value`);
    const at = names.indexOf(name);
    if (at !== -1) return `$${at + 1}`;
    names.push(name);
    return `$${names.length}`;
  });
  return { text, values: names.map((name) => parameters[name]), names };
}
