// The run's table on stdout and its figures in loadtest/results/<date>-<database>.json.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';

export function printTable({ database, seconds, clients, writers, run, readback, errors }) {
  const ms = (value) => (value === null ? '—' : value.toFixed(1));
  const operations = [...run.operations].sort((a, b) => b.kind.localeCompare(a.kind) || a.name.localeCompare(b.name));
  const rows = [
    ['operation', 'kind', 'count', 'errors', 'p50 ms', 'p95 ms', 'p99 ms', 'per s'],
    ...operations.map((o) => [o.name, o.kind, o.count, o.errors, ms(o.p50), ms(o.p95), ms(o.p99), o.perSecond.toFixed(1)]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  const line = (row) => row.map((cell, i) => String(cell)[i < 2 ? 'padEnd' : 'padStart'](widths[i])).join('  ');
  console.log(
    `\n${database} database, ${clients} clients (${writers} writers) for ${seconds} s, ${os.cpus().length} cores\n\n${rows.map(line).join('\n')}`,
  );
  for (const e of run.errors) console.log(`  ${e.kind} × ${e.count}, e.g. ${e.sample}`);
  const { acknowledged: a, missing } = readback;
  console.log(
    `\nread back: ${a.bases} bases, ${a.outcomeRecords} outcome records, ${a.serviceActivities} service activities acknowledged;`,
  );
  console.log(
    `  missing ${missing.bases.length} bases, ${missing.outcomeRecords.length} records, ${missing.serviceActivities.length} activities; ${readback.staleFigures.length} records without their last acknowledged figure`,
  );
  console.log(`errors: ${errors} (must be 0)\nlost writes: ${readback.lostWrites} (must be 0)`);
}

export async function saveResults({ database, ...figures }) {
  const file = new URL(`./results/${new Date().toISOString().slice(0, 10)}-${database}.json`, import.meta.url);
  await mkdir(new URL('.', file), { recursive: true });
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version };
  // Times to 0.01 ms: finer digits are noise.
  const rounded = (_key, value) => (typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 100) / 100 : value);
  await writeFile(file, `${JSON.stringify({ date: new Date().toISOString(), database, machine, ...figures }, rounded, 2)}\n`);
  return file.pathname;
}
