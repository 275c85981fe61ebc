import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { impactSummaryStatement } from './impact.repository.js';
import { snapshotCatalog } from './snapshot-catalog.js';
import { formatStatement, renderSnapshotFiles, snapshotDifferences } from './snapshot-files.js';

const QUERIES = 'libs/reporting/queries';

function committedFiles(): Map<string, string> {
  const files = readdirSync(QUERIES).filter((file) => file.endsWith('.sql'));
  return new Map(files.map((file) => [file, readFileSync(join(QUERIES, file), 'utf8')]));
}

/** Each statement's block in a rendered file, by its name: the params lines and the formatted SQL. */
function blocksByName(text: string): Map<string, string> {
  const blocks = text.split(/^-- name: /m).slice(1);
  return new Map(blocks.map((block) => [block.slice(0, block.indexOf('\n')), block.slice(block.indexOf('\n') + 1).trim()]));
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('the reporting SQL snapshots (libs/reporting/queries)', () => {
  // Formatting a hundred statements takes a few seconds: once for the whole file.
  const rendered = renderSnapshotFiles();

  it('hold what the code renders now (else: npm run sql:write)', () => {
    expect(snapshotDifferences(rendered, committedFiles())).toEqual([]);
  });

  it('hold the statement a report sends, with its parameters in order', () => {
    const statement = impactSummaryStatement({ from: '2024Q2', to: '2025Q1' }, null, {
      includeUnapproved: false,
      divisionId: '2',
    });
    const blocks = blocksByName(committedFiles().get('impact-summary.ungrouped.sql') ?? '');
    const block = blocks.get('impactSummary(groupBy: none), no filter, from 2024Q2 to 2025Q1, caller in division 2');
    expect(block).toBe(
      [
        '-- params:',
        '--   $1 callerDivisionId = "2"',
        '--   $2 scopeFirstDay = "2024-04-01"',
        '--   $3 scopeLastDay = "2025-03-31"',
        `${formatStatement(statement.text)};`,
      ].join('\n'),
    );
    expect(statement.values).toEqual(['2', '2024-04-01', '2025-03-31']);
  });

  it('are formatted without changing anything but whitespace', () => {
    for (const { file, statements } of snapshotCatalog()) {
      const blocks = blocksByName(rendered.get(file) ?? '');
      for (const { name, statement } of statements) {
        const formatted = (blocks.get(name) ?? '').replace(/^--.*$/gm, '');
        expect([name, squeeze(formatted)]).toEqual([name, squeeze(`${statement.text};`)]);
      }
    }
  });

  it('render the same text every time: aliases and $n are deterministic', () => {
    const texts = () => snapshotCatalog().flatMap(({ statements }) => statements.map(({ statement }) => statement));
    expect(texts()).toEqual(texts());
    expect(new Set(snapshotCatalog().flatMap(({ statements }) => statements.map(({ name }) => name))).size).toBe(texts().length);
  });

  it('name the statement and line where the code and a file part', () => {
    const committed = new Map(rendered);
    const text = rendered.get('impact-summary.ungrouped.sql') ?? '';
    committed.set('impact-summary.ungrouped.sql', text.replace('count(DISTINCT', 'count(ALL'));
    committed.delete('summary-text.sql');
    committed.set('old.sql', '');
    const differences = snapshotDifferences(rendered, committed);
    expect(differences).toHaveLength(3);
    expect(differences[0]).toMatch(/^impact-summary\.ungrouped\.sql: in "impactSummary\(groupBy: none\), no filter, .*", line \d+: /);
    expect(differences).toContain('summary-text.sql: missing');
    expect(differences).toContain('old.sql: no statement renders it any more');
  });
});
