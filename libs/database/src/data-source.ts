import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/**
 * The data source the TypeORM CLI sees (migration:generate, migration:run). The app builds its
 * own from configuration; both share the naming strategy and the migration list. Entities are
 * found in the build output so that this lib does not import the libs above it.
 */
export default new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  entities: [new URL('../../**/*.entity.js', import.meta.url).pathname],
  migrations: MIGRATIONS,
  namingStrategy: new SnakeNamingStrategy(),
});
