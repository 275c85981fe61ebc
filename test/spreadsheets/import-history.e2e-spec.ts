import { graphql } from '../generated/gql.js';
import { sql } from '../support/database.js';
import { baseFixture, placeFixture, type PlaceFixture } from '../support/fixtures.js';
import { clientWithScope } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { postImport, xlsxFile } from './import-files.js';

// The import history in GraphQL, the audit trail of an import, undo, and an export imported back.

const IMPORTS = graphql(`
  query HistoryImports($kind: String) {
    spreadsheetImports(kind: $kind, take: 10) {
      totalItems
      items {
        id
        kind
        dryRun
        status
        fileName
        sha256
        rows
        created
        updated
        unchanged
        errorCount
        actorName
        finishedAt
        progress {
          rowsRead
        }
      }
    }
  }
`);
const UNDO = graphql(`
  mutation HistoryUndo($id: ID!) {
    undoSpreadsheetImport(id: $id) {
      id
      status
      undoneBy
    }
  }
`);
const AUDIT = graphql(`
  query HistoryAudit($importId: ID) {
    auditLog(filter: { importId: $importId }, take: 50) {
      items {
        action
        entityType
        importId
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation HistoryUpdate($input: UpdateOutcomeRecordInput!) {
    updateOutcomeRecord(input: $input) {
      id
    }
  }
`);

const HEADER = ['期间', '县', '乡镇', '村', '基地', '面积（亩）', '产值（元）', '来源'];

describe('import history, audit and undo', () => {
  let t: TestApp;
  let place: PlaceFixture;
  let names: { county: string; town: string; village: string; base: string };
  let baseId: string;

  const records = async () =>
    sql<{ period: string; area_mu: string | null; output_value_yuan: string | null }>(
      t,
      `SELECT period, area_mu::text, output_value_yuan::text FROM outcome_record WHERE base_id = $1 ORDER BY period`,
      [baseId],
    );
  const nameOf = async (table: string, id: string) =>
    (await sql<{ name: string }>(t, `SELECT name FROM ${table} WHERE id = $1`, [id]))[0].name;

  beforeAll(async () => {
    t = await startTestApp();
    place = await placeFixture(t);
    baseId = await baseFixture(t, place.village);
    names = {
      county: await nameOf('division', place.county),
      town: await nameOf('division', place.town),
      village: await nameOf('division', place.village),
      base: await nameOf('base', baseId),
    };
  });
  afterAll(() => t?.close());

  const ledger = (rows: unknown[][]) =>
    xlsxFile([HEADER, ...rows.map((row) => [row[0], names.county, names.town, names.village, names.base, ...row.slice(1)])]);

  it('lists every import with its file, counts and who sent it; audit entries carry the import id', async () => {
    const file = await ledger([['2021', '10', '1000', '台账']]);
    await postImport(t, t.admin.token as string, 'outcomes', file, { dryRun: 'true', fileName: 'a.xlsx' });
    const commit = await postImport(t, t.admin.token as string, 'outcomes', file, { dryRun: 'false', fileName: 'a.xlsx' });
    const { spreadsheetImports } = await t.admin.ok(IMPORTS, { kind: 'outcomes' });
    expect(spreadsheetImports.items.slice(0, 2)).toEqual([
      expect.objectContaining({
        id: commit.body.id,
        dryRun: false,
        status: 'COMMITTED',
        created: 1,
        fileName: 'a.xlsx',
        sha256: commit.body.sha256,
        progress: null,
      }),
      expect.objectContaining({ dryRun: true, status: 'VALID', created: 1, sha256: commit.body.sha256 }),
    ]);
    expect(spreadsheetImports.items[0].actorName).toBeTruthy();
    const { auditLog } = await t.admin.ok(AUDIT, { importId: commit.body.id });
    expect(auditLog.items).toEqual([{ action: 'CREATE', entityType: 'OutcomeRecord', importId: commit.body.id }]);

    const viewer = await clientWithScope(t, 'VIEWER', null);
    expect((await viewer.fails(IMPORTS, {})).extensions?.code).toBe('FORBIDDEN');
  });

  it('undoes a committed import in one go: created rows go, changed rows get their values back', async () => {
    await postImport(t, t.admin.token as string, 'outcomes', await ledger([['2019', '5', null, null]]), { dryRun: 'false' });
    const before = await records();
    const commit = await postImport(
      t,
      t.admin.token as string,
      'outcomes',
      await ledger([
        ['2019', '6', '600', null],
        ['2018', '7', null, null],
      ]),
      {
        dryRun: 'false',
      },
    );
    expect(commit.body).toMatchObject({ status: 'COMMITTED', created: 1, updated: 1 });
    expect(await records()).not.toEqual(before);

    const { undoSpreadsheetImport } = await t.admin.ok(UNDO, { id: commit.body.id });
    expect(undoSpreadsheetImport).toMatchObject({ status: 'UNDONE' });
    expect(await records()).toEqual(before);
    expect((await t.admin.fails(UNDO, { id: commit.body.id })).extensions?.code).toBe('CONFLICT');
  });

  it('refuses to undo an import whose rows were changed since', async () => {
    const commit = await postImport(t, t.admin.token as string, 'outcomes', await ledger([['2017', '9', null, null]]), { dryRun: 'false' });
    const [row] = await sql<{ id: string }>(t, `SELECT id FROM outcome_record WHERE base_id = $1 AND period = '2017'`, [baseId]);
    await t.admin.ok(UPDATE, { input: { id: row.id, areaMu: '10' } });
    const refused = await t.admin.fails(UNDO, { id: commit.body.id });
    expect(refused.extensions?.code).toBe('CONFLICT');
    expect(refused.message).toContain('已有数据被修改');
    expect((await records()).find((record) => record.period === '2017')?.area_mu).toBe('10.00');
  });

  it('imports its own export back to no change', async () => {
    const exported = await fetch(`${t.url}/exports/outcomes.xlsx?includeUnapproved=true`, {
      headers: { authorization: `Bearer ${t.admin.token}` },
    });
    expect(exported.status).toBe(200);
    const bytes = Buffer.from(await exported.arrayBuffer());
    const again = await postImport(t, t.admin.token as string, 'outcomes', bytes, { dryRun: 'false' });
    expect(again.body).toMatchObject({ status: 'COMMITTED', created: 0, updated: 0, errorCount: 0 });
    expect(again.body.unchanged).toBe(again.body.rows);
    expect(again.body.rows).toBeGreaterThan(2);
  });
});
