#!/usr/bin/env node
// Generates a migration from the entities, or checks that none is needed, against a throwaway
// database on the PostgreSQL server (ADMIN_DATABASE_URL, default the local test server):
//   node scripts/migrations.mjs generate <Name>   → libs/database/src/migrations/<timestamp>-<name>.ts
//   node scripts/migrations.mjs check             → exit 1 when the entities and migrations differ
// Run `npm run build` first: the TypeORM CLI reads the compiled data source and entities.
import { execFileSync } from 'node:child_process';

import pg from 'pg';

const [command, name] = process.argv.slice(2);
if (!['generate', 'check'].includes(command) || (command === 'generate' && !name)) {
  console.error('usage: node scripts/migrations.mjs generate <Name> | check');
  process.exit(2);
}
const adminUrl = process.env.ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const database = `rural_migrations_${process.pid}_${Date.now()}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${database}`);
const url = new URL(adminUrl);
url.pathname = `/${database}`;
const env = { ...process.env, DATABASE_URL: url.toString() };
const cli = ['node_modules/typeorm/cli.js', '-d', 'dist/libs/database/src/data-source.js'];
let status = 0;
try {
  execFileSync('node', [...cli.slice(0, 1), 'migration:run', ...cli.slice(1)], { env, stdio: 'inherit' });
  const target =
    command === 'generate' ? [`libs/database/src/migrations/${name}`, '--pretty'] : ['libs/database/src/migrations/Check', '--check'];
  execFileSync('node', [cli[0], 'migration:generate', ...target, ...cli.slice(1)], { env, stdio: 'inherit' });
} catch (error) {
  status = error.status ?? 1;
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
}
process.exit(status);
