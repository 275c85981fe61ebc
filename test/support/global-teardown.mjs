// Drops the run's template database, or deletes the embedded snapshot.
import { rm } from 'node:fs/promises';

import pg from 'pg';

export default async function globalTeardown() {
  const base = process.env.DATABASE_URL;
  const template = process.env.RURAL_TEST_TEMPLATE_DB;
  if (base && template) {
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  }
  if (process.env.RURAL_TEST_SNAPSHOT) await rm(process.env.RURAL_TEST_SNAPSHOT, { force: true });
}
