import { format } from 'sql-formatter';

import { snapshotCatalog, type SnapshotFile } from './snapshot-catalog.js';

/**
 * The text of libs/reporting/queries/*.sql, and the comparison `npm run sql:check` makes. Only
 * the snapshot script and the tests load this file (sql-formatter is a development dependency).
 */

const HEADER = [
  '-- Rendered from libs/reporting/src/sql by `npm run sql:write`; do not edit by hand.',
  '-- `npm run sql:check` (CI) fails when the code renders anything else.',
].join('\n');

/** A statement as a person reads it: formatted, `$n` left as they are; only whitespace changes. */
export function formatStatement(text: string): string {
  return format(text, { language: 'postgresql', keywordCase: 'preserve', tabWidth: 2, expressionWidth: 80 });
}

export function renderSnapshotFile(snapshot: SnapshotFile): string {
  const statements = snapshot.statements.map(({ name, statement }) => {
    const params = statement.names.map((parameter, at) => `--   $${at + 1} ${parameter} = ${JSON.stringify(statement.values[at])}`);
    return [`-- name: ${name}`, `-- params:${params.length === 0 ? ' none' : ''}`, ...params, `${formatStatement(statement.text)};`].join(
      '\n',
    );
  });
  return `${HEADER}\n\n${statements.join('\n\n')}\n`;
}

/** Every snapshot file by name, as the code renders it now. */
export function renderSnapshotFiles(): Map<string, string> {
  return new Map(snapshotCatalog().map((snapshot) => [snapshot.file, renderSnapshotFile(snapshot)]));
}

/**
 * What differs between the rendered files and the committed ones, one line per file: missing,
 * left over, or the first statement and line where they part. Empty when they are equal.
 */
export function snapshotDifferences(rendered: Map<string, string>, committed: Map<string, string>): string[] {
  const differences: string[] = [];
  for (const [file, text] of rendered) {
    const found = committed.get(file);
    if (found === undefined) differences.push(`${file}: missing`);
    else if (found !== text) differences.push(`${file}: ${firstDifference(text, found)}`);
  }
  for (const file of committed.keys()) {
    if (!rendered.has(file)) differences.push(`${file}: no statement renders it any more`);
  }
  return differences;
}

function firstDifference(expected: string, actual: string): string {
  const wanted = expected.split('\n');
  const found = actual.split('\n');
  const index = wanted.findIndex((line, at) => line !== found[at]);
  const at = index === -1 ? wanted.length : index;
  const statement = wanted
    .slice(0, at + 1)
    .reverse()
    .find((line) => line.startsWith('-- name: '));
  return (
    `${statement ? `in "${statement.slice('-- name: '.length)}", ` : ''}line ${at + 1}: ` +
    `code renders ${JSON.stringify(wanted[at] ?? '')}, file has ${JSON.stringify(found[at] ?? '')}`
  );
}
