// npm run loadtest -- --seconds S --clients N [--url http://host:port] [--database-url URL] [--token T]
//
// Starts the built server (unless --url), creates a small world of load test data through the API,
// runs N clients (a quarter of them writers) for S seconds, reads back every acknowledged write and
// prints latency per operation, errors and lost writes. Exit code 1 unless both are zero.
import { parseArgs } from 'node:util';

import { must } from './client.mjs';
import { drive } from './drive.mjs';
import { createRegistry, reader, writer } from './operations.mjs';
import { readBack } from './readback.mjs';
import { printTable, saveResults } from './report.mjs';
import { startServer } from './server.mjs';
import { buildWorld } from './world.mjs';

const options = {
  seconds: { type: 'string', default: '60' },
  clients: { type: 'string', default: '32' },
  url: { type: 'string' },
  'database-url': { type: 'string' },
  token: { type: 'string' },
};
const { values: args } = parseArgs({ options });
const [seconds, clients] = [Number(args.seconds), Number(args.clients)];
// Bounded in time and in count, so that a slip of the keyboard cannot start a runaway run.
if (!(seconds > 0 && seconds <= 3600)) throw new Error('--seconds must lie between 1 and 3600');
if (!(Number.isInteger(clients) && clients >= 2 && clients <= 256)) throw new Error('--clients must be an integer from 2 to 256');
const admin = {
  adminUsername: process.env.ADMIN_USERNAME ?? 'admin',
  adminPassword: process.env.ADMIN_PASSWORD ?? 'Loadtest-admin-password-1',
};
const log = (line) => process.stderr.write(`${line}\n`);

const server = args.url ? null : await startServer({ databaseUrl: args['database-url'] ?? process.env.DATABASE_URL, ...admin });
const database = server ? (server.isEmbedded ? 'embedded' : 'postgres') : 'remote';
let failed = true;
try {
  const url = new URL('/graphql', args.url ?? server.url).href;
  const login = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
  const token = args.token ?? (await must(url, null, login, { u: admin.adminUsername, p: admin.adminPassword })).login.token;
  const writers = Math.max(1, Math.round(clients / 4));
  log(`${database}: building the load test's world (${writers} writers, ${clients - writers} readers) …`);
  const world = await buildWorld(url, token, writers);
  const registry = createRegistry(world);
  log(`running ${clients} clients for ${seconds} s …`);
  const run = await drive({
    url,
    token,
    seconds,
    clients: Array.from({ length: clients }, (_, i) => (i < writers ? writer(world, registry, i) : reader(world, registry))),
  });
  log('reading back every acknowledged write …');
  const readback = await readBack(url, token, world, registry);
  const errors = run.errors.reduce((sum, e) => sum + e.count, 0);
  const figures = { database, seconds, clients, writers, world: world.tag, run, readback, errors };
  printTable(figures);
  log(`written to ${await saveResults(figures)}`);
  if (server?.ended()) throw new Error(`the server ended during the run: ${JSON.stringify(server.ended())}`);
  failed = errors > 0 || readback.lostWrites > 0;
} finally {
  if (failed && server?.log()) log(`the server's log (its end):\n${server.log()}`);
  await server?.stop();
}
process.exitCode = failed ? 1 : 0;
