import { PGlite } from '@electric-sql/pglite';

/**
 * Row counts of every table in an embedded data directory, read by opening it directly while no
 * server runs on it (the server keeps the data in-process, so this is the only way in).
 */
export async function tableCounts(dataDir: string): Promise<Record<string, number>> {
  const db = await PGlite.create({ dataDir });
  try {
    const { rows: tables } = await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      const { rows } = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM "${name}"`);
      counts[name] = rows[0].count;
    }
    return counts;
  } finally {
    await db.close();
  }
}
