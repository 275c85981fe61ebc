// The real built server (`node dist/apps/api/src/main.js`) as its own process, started as an
// operator starts it (environment only), on a free port; the benchmark speaks GraphQL to it over
// HTTP. On a PostgreSQL server the app connects through the wire capture (wire-capture.mjs), which
// counts and records the statements it sends.
import { createHash, randomBytes } from 'node:crypto';

import { startServer } from '../loadtest/server.mjs';
import { post } from './http.mjs';
import { startWireCapture } from './wire-capture.mjs';

const BENCH_PASSWORD = 'bench-password-1';

/**
 * `target`: { databaseUrl } for a PostgreSQL server, or { dataDir } for the embedded database.
 * `database` (database.mjs) opens a session when the administrator's password is not ADMIN_PASSWORD;
 * on the embedded database it must be open now and is closed before the app starts. `env`: more
 * variables for the app (e.g. REPORT_SUMMARIES=false for the direct reference).
 */
export async function startApp(target, database, { env } = {}) {
  const username = process.env.ADMIN_USERNAME ?? 'admin';
  const password = process.env.ADMIN_PASSWORD ?? BENCH_PASSWORD;
  const wire = target.databaseUrl ? await startWireCapture(target.databaseUrl) : null;
  // A database whose administrator has another password: a session of its first administrator,
  // opened beside the app (only the password check is skipped; the token is checked as any).
  const fallbackToken = await openSession(database);
  if (!target.databaseUrl) await database.close();

  const server = await startServer({
    databaseUrl: wire?.url,
    dataDir: target.dataDir,
    adminUsername: username,
    adminPassword: password,
    // BENCH_LOG_LEVEL=error shows the app's own log, e.g. to see why an operation failed.
    logLevel: process.env.BENCH_LOG_LEVEL ?? 'silent',
    env,
  }).catch(async (error) => {
    await wire?.close();
    throw error;
  });
  const url = `${server.url}/graphql`;
  const login = await post(url, null, {
    query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    variables: { u: username, p: password },
  });
  const token = login.data?.login?.token ?? fallbackToken;
  if (!token) {
    await server.stop();
    await wire?.close();
    throw new Error(`cannot sign in: ${JSON.stringify(login.errors)} and no administrator exists`);
  }
  return {
    url,
    token,
    /** The app's process id (node runs main.js itself), e.g. for its memory in /proc. */
    pid: server.pid,
    isEmbedded: !target.databaseUrl,
    /** Statements the app has sent (null on the embedded database, which is inside the app's process). */
    statements: () => wire?.statements() ?? null,
    /** Runs `action` and returns the statements it sent (none visible on the embedded database). */
    capture: async (action) => (wire ? wire.capture(action) : { statements: null, result: await action() }),
    async close() {
      await server.stop();
      await wire?.close();
    },
  };
}

async function openSession(database) {
  const [admin] = await database.query(
    `SELECT id::text AS id FROM app_user WHERE role = 'ADMIN' ORDER BY division_id IS NULL DESC, id LIMIT 1`,
  );
  if (!admin) return null;
  const token = randomBytes(32).toString('base64url');
  await database.query(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '6 hours')`, [
    createHash('sha256').update(token).digest('hex'),
    admin.id,
  ]);
  return token;
}
