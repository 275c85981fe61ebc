// Runs the real migrations once per test run and keeps the result as the template every test
// file copies (see template.ts). Plain JavaScript on the build output: Jest loads global setup
// with Node's own loader, without the TypeScript transform or the @rural/* path mapping, so
// `npm test` builds first.
import 'reflect-metadata';

import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import pg from 'pg';
import { DataSource } from 'typeorm';

import { EmbeddedPostgres, IN_MEMORY, MIGRATIONS, SnakeNamingStrategy } from '../../dist/libs/database/src/index.js';

export default async function globalSetup() {
  const base = process.env.DATABASE_URL;
  if (base) {
    const template = `rural_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${template}`;
    await migrate({ url: url.toString() });
    process.env.RURAL_TEST_TEMPLATE_DB = template;
    return;
  }
  const embedded = await EmbeddedPostgres.start({ dataDir: IN_MEMORY });
  await migrate({ ...embedded.address, username: 'postgres', database: 'postgres', poolSize: 1 });
  const snapshot = join(tmpdir(), `rural-template-${process.pid}.tar`);
  await writeFile(snapshot, Buffer.from(await (await embedded.dump()).arrayBuffer()));
  await embedded.stop();
  process.env.RURAL_TEST_SNAPSHOT = snapshot;
}

async function migrate(connection) {
  const dataSource = new DataSource({
    type: 'postgres',
    ...connection,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
}
