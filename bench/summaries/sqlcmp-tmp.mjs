import pg from 'pg';
const { impactSummaryStatement, summaryCellsStatement } = await import('/work/main/dist/libs/reporting/src/sql/impact.repository.js');
const { summaryPlan } = await import('/work/main/dist/libs/reporting/src/sql/summary-statement.js');
const client = new pg.Client(process.env.DATABASE_URL); await client.connect();
await client.query('SET jit = off');
const one = async (sql) => (await client.query(sql)).rows[0].id;
const province = await one(`SELECT id FROM division WHERE name LIKE '合成省%'`);
const hotTown = await one(`SELECT town_id AS id FROM outcome_record GROUP BY town_id ORDER BY count(*) DESC LIMIT 1`);
const county = await one(`SELECT parent_id AS id FROM division WHERE id = ${hotTown}`);
const view = { includeUnapproved: false, divisionId: null };
const ops = [
  ['R1', { divisionId: province, from: '2018', to: '2022' }, null],
  ['R2', { divisionId: province, from: '2024', to: '2024' }, 'TOWN'],
  ['R3', { divisionId: county, from: '2024', to: '2024' }, 'QUARTER'],
  ['R4', { divisionId: hotTown }, 'VILLAGE'],
  ['R5', { divisionId: county }, 'ENTERPRISE'],
];
const time = async (st, n) => { const t = []; for (let i = 0; i < n; i++) { const s = process.hrtime.bigint(); await client.query(st.text, st.values); t.push(Number(process.hrtime.bigint() - s) / 1e6); } t.sort((a, b) => a - b); return t[Math.floor(t.length / 2)]; };
for (const [name, filter, grouping] of ops) {
  const direct = impactSummaryStatement(filter, grouping, view);
  const cells = summaryCellsStatement(summaryPlan(filter, grouping, view));
  const d = await time(direct, Number(process.env.N_DIRECT ?? 3)); const c = await time(cells, 15);
  const rows = (await client.query(cells.text, cells.values)).rows.length;
  console.log(name, 'direct', d.toFixed(1), 'ms; cells', c.toFixed(2), 'ms; ratio 1/', (d / c).toFixed(0), 'groups', rows);
}
await client.end();
if (process.env.EXPLAIN) {
  const c2 = new pg.Client(process.env.DATABASE_URL); await c2.connect(); await c2.query('SET jit = off');
  const [name, filter, grouping] = ops.find((o) => o[0] === process.env.EXPLAIN);
  const cells = summaryCellsStatement(summaryPlan(filter, grouping, view));
  const r = await c2.query('EXPLAIN (ANALYZE, BUFFERS) ' + cells.text, cells.values);
  console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n'));
  await c2.end();
}
