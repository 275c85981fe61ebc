export * from './decimal.transformer.js';
export * from './snake-naming.strategy.js';
export * from './database.module.js';
export * from './database-connection.js';
export * from './embedded/embedded-postgres.js';
export * from './embedded/data-dir-lock.js';
export * from './database-errors.js';
export * from './migrations/index.js';
