// Boots the real, built AppModule (dist/) in this process, as apps/api/src/bootstrap.ts does,
// on a free port, and signs in. The benchmark then speaks GraphQL to it over HTTP.
import 'reflect-metadata';

import { post } from './http.mjs';

const BENCH_PASSWORD = 'bench-password-1';

/** `target`: { databaseUrl } for a PostgreSQL server, or { dataDir } for the embedded database. */
export async function startApp(target) {
  // The configuration is read when the module initialises, so it is set before anything loads.
  if (target.databaseUrl) process.env.DATABASE_URL = target.databaseUrl;
  else delete process.env.DATABASE_URL;
  if (target.dataDir) process.env.DATA_DIR = target.dataDir;
  process.env.NODE_ENV = 'production';
  process.env.SEED = 'false';
  // BENCH_LOG_LEVEL=error shows the app's own log, e.g. to see why an operation failed.
  process.env.LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'silent';
  process.env.ADMIN_PASSWORD ??= BENCH_PASSWORD;
  // One token drives thousands of requests a minute here: the limits are for abuse, not for this.
  process.env.RATE_LIMIT_PER_TOKEN ??= '100000000';
  process.env.RATE_LIMIT_PER_ADDRESS ??= '100000000';

  const { NestFactory } = await import('@nestjs/core');
  const { DataSource } = await import('typeorm');
  const { AppModule } = await import('../dist/apps/api/src/app.module.js');
  const { configureApp } = await import('../dist/apps/api/src/configure-app.js');
  const { DatabaseConnection } = await import('../dist/libs/database/src/index.js');

  const app = await NestFactory.create(AppModule, { bufferLogs: true, abortOnError: false });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${app.getHttpServer().address().port}/graphql`;
  const dataSource = app.get(DataSource);
  const connection = app.get(DatabaseConnection);
  const token = await signIn(app, url, dataSource);
  return {
    app,
    url,
    token,
    dataSource,
    /** The app's statement counter: read before and after one request with nothing else in flight. */
    statements: () => connection.statementCounter.statements,
    isEmbedded: connection.isEmbedded,
    /** The app's own pg pool (on the embedded database, its one connection). */
    pool: dataSource.driver.master,
    close: () => app.close(),
  };
}

/**
 * Signs in through `login` with ADMIN_USERNAME/ADMIN_PASSWORD (the app creates that administrator
 * in a database without users). A database whose administrator has another password gets a
 * session opened through the app's own SessionService for its first administrator instead:
 * the token is then just as real, only the password check is skipped.
 */
async function signIn(app, url, dataSource) {
  const username = process.env.ADMIN_USERNAME ?? 'admin';
  const login = await post(url, null, {
    query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    variables: { u: username, p: process.env.ADMIN_PASSWORD },
  });
  if (login.data?.login?.token) return login.data.login.token;
  const { SessionService } = await import('../dist/libs/auth/src/session.service.js');
  const [admin] = await dataSource.query(
    `SELECT id::text AS id FROM app_user WHERE role = 'ADMIN' ORDER BY division_id IS NULL DESC, id LIMIT 1`,
  );
  if (!admin) throw new Error(`cannot sign in: ${JSON.stringify(login.errors)} and no administrator exists`);
  const { token } = await app.get(SessionService).open(admin.id);
  return token;
}
