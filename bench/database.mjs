// The benchmark's own way into the database, beside the app: the setup (ids, free write slots, the
// cleanup of W1's records) and the floor. A PostgreSQL server is reached through `pg`; the embedded
// database's data directory is opened with PGlite, only while the app is not running (one process
// at a time may hold it).
import pg from 'pg';

/** `{ databaseUrl }` or `{ dataDir }`; `query(sql, params)` returns the rows. */
export async function openDatabase({ databaseUrl, dataDir, poolSize = 10 }) {
  if (databaseUrl) {
    // The app's session settings (JIT off), so the floor runs the same SQL the same way.
    const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, options: '-c jit=off' });
    return { pool, query: async (sql, params) => (await pool.query(sql, params)).rows, close: () => pool.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create({ dataDir });
  return { pool: null, query: async (sql, params) => (await db.query(sql, params)).rows, close: () => db.close() };
}
