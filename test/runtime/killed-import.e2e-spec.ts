import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import pg from 'pg';

import { GraphqlClient } from '../support/graphql-client.js';
import { dropDatabase, onServer, serverUrl, withDatabase } from '../support/template.js';
import { tableCounts } from './embedded-data.js';
import {
  ADMIN_PASSWORD,
  killLeftovers,
  makeDataDir,
  onEmbeddedDatabase,
  removeDataDir,
  startServer,
  type ServerProcess,
} from './server-process.js';

const VILLAGES = 12;
const CREATE = `mutation($input: CreateDivisionInput!) { createDivision(input: $input) { id name } }`;
const IMPORTS = `{ spreadsheetImports(take: 5) { items { id status rows created } } }`;

// kill -9 of the server in the middle of a 30,000-row commit: the import's one transaction dies
// with it, so not one of its rows is stored, and the next start marks the import FAILED.
describe(`an import killed mid-commit on the ${onEmbeddedDatabase ? 'embedded database' : 'PostgreSQL server'}`, () => {
  let dataDir: string | undefined;
  let databaseUrl: string | undefined;
  let target: Record<string, string>;
  const file = join(tmpdir(), `rural-killed-import-${process.pid}.xlsx`);

  beforeAll(async () => {
    const base = serverUrl();
    if (base) {
      const name = `rural_killimport_${randomBytes(6).toString('hex')}`;
      await onServer(base, (client) => client.query(`CREATE DATABASE ${name}`));
      databaseUrl = withDatabase(base, name);
      target = { DATABASE_URL: databaseUrl, LOG_LEVEL: 'info' };
    } else {
      dataDir = await makeDataDir();
      target = { DATA_DIR: dataDir, LOG_LEVEL: 'info' };
    }
  });
  afterAll(async () => {
    await killLeftovers();
    await rm(file, { force: true });
    await removeDataDir(dataDir);
    const base = serverUrl();
    if (base && databaseUrl) await dropDatabase(base, databaseUrl);
  });

  async function outcomeRows(): Promise<number> {
    if (dataDir) return (await tableCounts(dataDir)).outcome_record;
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return Number((await client.query('SELECT count(*) AS n FROM outcome_record')).rows[0].n);
    } finally {
      await client.end();
    }
  }

  it('leaves nothing half-written, and the history says the import failed', async () => {
    const server = await startServer(target);
    const admin = await new GraphqlClient(server.url).signIn('admin', ADMIN_PASSWORD);
    const county = await placesOf(admin);
    await writeLedger(file, county);

    const sending = fetch(`${server.url}/imports/outcomes?dryRun=false`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/octet-stream' },
      body: await readFile(file),
    }).catch(() => 'broken off');
    await logLine(server, /rows read/);
    expect((await server.kill()).signal).toBe('SIGKILL');
    expect(await sending).toBe('broken off');

    expect(await outcomeRows()).toBe(0);
    const restarted = await startServer(target);
    const again = new GraphqlClient(restarted.url, admin.token);
    const { spreadsheetImports } = await again.ok<{ spreadsheetImports: { items: { status: string; created: number }[] } }>(IMPORTS);
    expect(spreadsheetImports.items[0]).toMatchObject({ status: 'FAILED', created: 0 });
    expect((await restarted.stop()).code).toBe(0);
  });
});

/** A county with one town and VILLAGES villages, named as a ledger names them. */
async function placesOf(admin: GraphqlClient): Promise<{ county: string; town: string; villages: string[] }> {
  const create = async (name: string, level: string, parentId: string | null) =>
    (await admin.ok<{ createDivision: { id: string } }>(CREATE, { input: { name, level, parentId } })).createDivision.id;
  const province = await create('测试省', 'PROVINCE', null);
  const city = await create('测试市', 'CITY', province);
  const county = await create('测试县', 'COUNTY', city);
  const town = await create('测试镇', 'TOWN', county);
  const villages: string[] = [];
  for (let index = 1; index <= VILLAGES; index += 1) {
    await create(`第${index}村`, 'VILLAGE', town);
    villages.push(`第${index}村`);
  }
  return { county: '测试县', town: '测试镇', villages };
}

/** Every year, quarter and month of 1950–2100 for each village: about 30,000 new records. */
async function writeLedger(path: string, places: { county: string; town: string; villages: string[] }): Promise<void> {
  const periods: string[] = [];
  for (let year = 1950; year <= 2100; year += 1) {
    periods.push(String(year));
    for (let quarter = 1; quarter <= 4; quarter += 1) periods.push(`${year}Q${quarter}`);
    for (let month = 1; month <= 12; month += 1) periods.push(`${year}-${String(month).padStart(2, '0')}`);
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path });
  const sheet = workbook.addWorksheet('成效记录');
  sheet.addRow(['期间', '县', '乡镇', '村', '面积（亩）']).commit();
  for (const village of places.villages) {
    periods.forEach((period, index) => sheet.addRow([period, places.county, places.town, village, index + 1]).commit());
  }
  await workbook.commit();
}

/** Waits until the server's log has a line matching `pattern`. */
async function logLine(server: ServerProcess, pattern: RegExp, withinMs = 120_000): Promise<void> {
  const until = Date.now() + withinMs;
  while (!pattern.test(server.stdout())) {
    if (Date.now() > until) throw new Error(`no log line ${pattern} within ${withinMs} ms:\n${server.stdout().slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
