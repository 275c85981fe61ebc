// The peer: a minimal GraphQL server — node:http, graphql-js and pg, no Nest, no Apollo, no
// TypeORM at run time — answering the benchmark's read operations. Reports run the app's own SQL:
// the compiled ImpactService and SummaryTextService, exported by the reporting lib, are handed a 20-line stand-in for
// TypeORM's DataSource (named parameters → $n, then pg), so the statements and the row mapping
// are the app's, byte for byte. Lists (C1, the match page of R6) are hand-written in the shape
// the app's list statements have: the page with its village and town and the total in one
// statement, then the page's operators in one more.
//
//   DATABASE_URL=postgres://… PORT=4000 node bench/peer-server.mjs
import 'reflect-metadata';

import { createHash } from 'node:crypto';
import http from 'node:http';

import { buildSchema, graphql } from 'graphql';
import pg from 'pg';

// Through the libs' public exports (their index, as @rural/core and @rural/reporting), never their inner files.
import { normalizeDecimal, RequestContext } from '../dist/libs/core/src/index.js';
import { ImpactService, SummaryTextService } from '../dist/libs/reporting/src/index.js';
// The services run their statements through the lib's repository, which its index does not export.
import { ImpactRepository } from '../dist/libs/reporting/src/sql/impact.repository.js';

const SDL = `
  scalar Decimal
  enum ImpactGrouping { TOWN VILLAGE BASE ENTERPRISE MEMBER TEAM YEAR QUARTER MONTH }
  enum ImpactRanking { OUTPUT_VALUE_YUAN AREA_MU RECORDS }
  input ImpactFilter { divisionId: ID, from: String, to: String, baseId: ID, enterpriseId: ID, matchId: ID, memberId: ID, teamId: ID }
  input BaseFilter { divisionId: ID }
  type ImpactFigures {
    areaMu: Decimal! outputValueYuan: Decimal! jobsPersonTimes: Decimal! householdRentYuan: Decimal!
    collectiveIncomeYuan: Decimal! householdsBenefited: Decimal! towns: Int! villages: Int! bases: Int!
    enterprises: Int! matches: Int! serviceActivities: Int! farmersTrained: Int! records: Int! atLeast: Boolean!
  }
  type ImpactGroup { key: ID, label: String!, figures: ImpactFigures! }
  type ImpactReport { totals: ImpactFigures!, groups: [ImpactGroup!]!, groupCount: Int!, groupsOverlap: Boolean!, excludedRecords: Int! }
  type Place { id: ID!, name: String! }
  type Base { id: ID!, name: String!, village: Place!, town: Place, operator: Place }
  type BaseList { items: [Base!]!, totalItems: Int! }
  type Match { id: ID!, impact: ImpactFigures!, summaryText: String! }
  type MatchList { items: [Match!]!, totalItems: Int! }
  type Query {
    impactSummary(filter: ImpactFilter, groupBy: ImpactGrouping, top: Int, topBy: ImpactRanking): ImpactReport!
    bases(filter: BaseFilter, skip: Int! = 0, take: Int! = 20): BaseList!
    matches(skip: Int! = 0, take: Int! = 20): MatchList!
  }`;

const schema = buildSchema(SDL);
// Decimals leave as the app's Decimal scalar sends them: "200.00" → "200".
schema.getType('Decimal').serialize = (value) => normalizeDecimal(String(value));

/** TypeORM's `:name` parameters as PostgreSQL's `$n`, as its Postgres driver numbers them. */
export function namedToPositional(sql, parameters) {
  const values = [];
  const index = new Map();
  const text = sql.replaceAll(/:(\.\.\.)?([A-Za-z0-9_.]+)/g, (whole, spread, key) => {
    if (!Object.hasOwn(parameters ?? {}, key)) return whole;
    if (spread) return parameters[key].map((value) => `$${values.push(value)}`).join(', ');
    if (!index.has(key)) index.set(key, values.push(parameters[key]));
    return `$${index.get(key)}`;
  });
  return [text, values];
}

const BASE_PAGE = `
  SELECT b.id::text AS id, b.name, b.operator_id::text AS operator_id, v.id::text AS village_id, v.name AS village,
         t.id::text AS town_id, t.name AS town, page.total_items
    FROM base b
    JOIN (SELECT id, count(*) OVER () AS total_items FROM base
           WHERE $1::bigint IS NULL OR EXISTS (SELECT 1 FROM division scope_division
                 WHERE scope_division.id = base.village_id AND scope_division.ancestor_ids @> ARRAY[$1]::bigint[])
           ORDER BY id LIMIT $2 OFFSET $3) page ON page.id = b.id
    JOIN division v ON v.id = b.village_id
    LEFT JOIN division t ON t.id = v.town_id
   ORDER BY b.id`;
const ENTERPRISES = `SELECT id::text AS id, name FROM enterprise WHERE id = ANY($1::bigint[])`;
const MATCH_PAGE = `
  SELECT m.*, page.total_items
    FROM match m JOIN (SELECT id, count(*) OVER () AS total_items FROM match ORDER BY id LIMIT $1 OFFSET $2) page ON page.id = m.id
   ORDER BY m.id`;
const SESSION = `SELECT u.id, u.role FROM app_user u JOIN user_session s ON s.user_id = u.id WHERE s.token_hash = $1 AND s.expires_at > now()`;

/** What an unscoped administrator's reports count: approved figures, everywhere. */
const WHOLE_APPROVED = { includeUnapproved: false, divisionId: null };

/** Starts the peer on `pool`; `onStatement(sql, values)` sees every statement it sends. */
export async function startPeer({ pool, port = 0, onStatement = () => {} }) {
  const query = async (sql, values) => {
    onStatement(sql, values);
    return (await pool.query(sql, values)).rows;
  };
  const dataSource = {
    driver: { escapeQueryWithParameters: namedToPositional },
    query,
    // Reports ask for a query runner of the report pool: here, the same pool.
    createQueryRunner: () => ({ query, release: async () => {} }),
  };
  // Summaries on, as the app runs by default (REPORT_SUMMARIES): the peer reads what the app reads.
  const repository = new ImpactRepository(dataSource, true);
  const impact = new ImpactService(repository);
  const sentences = new SummaryTextService(repository, impact);

  const root = {
    impactSummary: ({ filter, groupBy, top, topBy }, { ctx }) =>
      impact.summary(ctx, filter, groupBy, top ? { count: top, by: topBy ?? 'OUTPUT_VALUE_YUAN' } : undefined),
    async bases({ filter, skip, take }) {
      const rows = await query(BASE_PAGE, [filter?.divisionId ?? null, take, skip]);
      const operatorIds = [...new Set(rows.map((row) => row.operator_id).filter(Boolean))];
      const operators = new Map((operatorIds.length ? await query(ENTERPRISES, [operatorIds]) : []).map((row) => [row.id, row]));
      return {
        totalItems: Number(rows[0]?.total_items ?? 0),
        items: rows.map((row) => ({
          id: row.id,
          name: row.name,
          village: { id: row.village_id, name: row.village },
          town: row.town_id ? { id: row.town_id, name: row.town } : null,
          operator: operators.get(row.operator_id) ?? null,
        })),
      };
    },
    async matches({ skip, take }, { ctx }) {
      const rows = await query(MATCH_PAGE, [take, skip]);
      const ids = rows.map((row) => row.id);
      // The impact batch and the sentence batch go out together, as the app's DataLoaders do.
      const [figures, texts] = await Promise.all([
        impact.impactOf('MATCH', ids, WHOLE_APPROVED),
        sentences.matchLoader(ctx, false).loadMany(ids),
      ]);
      return {
        totalItems: Number(rows[0]?.total_items ?? 0),
        items: ids.map((id, i) => ({ id, impact: figures[i], summaryText: texts[i] ?? '' })),
      };
    },
  };

  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', async () => {
      const result = await answer(Buffer.concat(chunks).toString('utf8'), request.headers.authorization).catch((error) => ({
        errors: [{ message: String(error?.message ?? error) }],
      }));
      const body = JSON.stringify(result);
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      response.end(body);
    });
  });

  /** Like the app: a bearer token checked against its session on every request. */
  async function answer(text, authorization) {
    const { query: source, variables } = JSON.parse(text);
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    const [user] = token ? await query(SESSION, [createHash('sha256').update(token).digest('hex')]) : [];
    if (!user) return { errors: [{ message: 'unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }] };
    // An unscoped administrator, as the benchmark signs in: approved figures, everywhere.
    const caller = { kind: 'USER', id: String(user.id), username: 'peer', role: user.role, divisionId: null };
    const ctx = RequestContext.forCaller(caller, 'peer');
    return graphql({ schema, source, rootValue: root, variableValues: variables, contextValue: { user, ctx } });
  }

  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/graphql`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// Run on its own: `node bench/peer-server.mjs`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, options: '-c jit=off' });
  const peer = await startPeer({ pool, port: Number(process.env.PORT ?? 4000) });
  console.log(`peer on ${peer.url}`);
}
