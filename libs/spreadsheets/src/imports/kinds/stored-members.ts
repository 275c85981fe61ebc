import type { EntityManager } from 'typeorm';

/** A stored member as an import compares it, with the ids of their enterprises. */
export interface StoredMember {
  id: string;
  version: number;
  sector: string | null;
  title: string | null;
  /** 所属政协. */
  divisionId: string | null;
  enterpriseIds: string[];
}

/**
 * The members of exactly this name with their enterprise links, in one read in the import's
 * transaction (members written earlier in the file are seen). Names are not unique: the caller
 * decides what several mean.
 */
export async function membersNamed(manager: EntityManager, name: string): Promise<StoredMember[]> {
  const rows: {
    id: string;
    version: number;
    sector: string | null;
    title: string | null;
    division_id: string | null;
    enterprise_ids: string[];
  }[] = await manager.query(
    `SELECT m.id::text AS id, m.version, m.sector, m.title, m.division_id::text AS division_id,
              array_remove(array_agg(l.enterprise_id::text ORDER BY l.enterprise_id), NULL) AS enterprise_ids
       FROM member m LEFT JOIN member_enterprise l ON l.member_id = m.id
       WHERE m.name = $1 GROUP BY m.id ORDER BY m.id`,
    [name],
  );
  return rows.map((row) => ({
    id: row.id,
    version: Number(row.version),
    sector: row.sector,
    title: row.title,
    divisionId: row.division_id,
    enterpriseIds: row.enterprise_ids.map(String),
  }));
}
