import { DataSource } from 'typeorm';

import { EmbeddedPostgres, MIGRATIONS, SnakeNamingStrategy } from '@rural/database';

/**
 * The database an operator's script works on: DATABASE_URL's server, or the embedded one in
 * DATA_DIR (stop the app first: it allows one process). Migrated, one connection; `close` also
 * stops the embedded database.
 */
export async function openScriptDatabase(): Promise<{ dataSource: DataSource; close: () => Promise<void> }> {
  const embedded = process.env.DATABASE_URL ? null : await EmbeddedPostgres.start({ dataDir: process.env.DATA_DIR ?? './data' });
  const dataSource = new DataSource({
    type: 'postgres',
    ...(embedded ? { ...embedded.address, username: 'postgres', database: 'postgres' } : { url: process.env.DATABASE_URL }),
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    poolSize: 1,
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
