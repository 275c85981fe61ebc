#!/usr/bin/env node
// Writes or checks the reporting lib's SQL snapshots, libs/reporting/queries/*.sql: every report
// statement the code can send, rendered without a database. Reads the build (`npm run build` first):
//   node scripts/sql-snapshots.mjs write   → rewrites libs/reporting/queries/*.sql
//   node scripts/sql-snapshots.mjs check   → exit 1, with what differs, when the code renders something else
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { renderSnapshotFiles, snapshotDifferences } from '../dist/libs/reporting/src/sql/snapshot-files.js';

const QUERIES = 'libs/reporting/queries';
const command = process.argv[2];
if (!['write', 'check'].includes(command)) {
  console.error('usage: node scripts/sql-snapshots.mjs write | check');
  process.exit(2);
}

async function committedFiles() {
  const names = await readdir(QUERIES).catch((error) => (error.code === 'ENOENT' ? [] : Promise.reject(error)));
  const sqlFiles = names.filter((name) => name.endsWith('.sql'));
  return new Map(await Promise.all(sqlFiles.map(async (name) => [name, await readFile(join(QUERIES, name), 'utf8')])));
}

const rendered = renderSnapshotFiles();
const statements = [...rendered.values()].reduce((sum, text) => sum + text.split('\n-- name: ').length - 1, 0);
if (command === 'write') {
  await mkdir(QUERIES, { recursive: true });
  for (const name of (await committedFiles()).keys()) if (!rendered.has(name)) await rm(join(QUERIES, name));
  for (const [name, text] of rendered) await writeFile(join(QUERIES, name), text);
  console.log(`wrote ${rendered.size} files (${statements} statements) in ${QUERIES}`);
} else {
  const differences = snapshotDifferences(rendered, await committedFiles());
  if (differences.length > 0) {
    console.error(`The reporting SQL differs from its snapshots in ${QUERIES}:`);
    for (const difference of differences) console.error(`  ${difference}`);
    console.error('Run `npm run sql:write`, read the diff and commit it.');
    process.exit(1);
  }
  console.log(`${QUERIES}: ${rendered.size} files (${statements} statements) match the code.`);
}
