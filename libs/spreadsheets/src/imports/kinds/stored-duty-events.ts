import type { EntityManager } from 'typeorm';

/** A stored participant as an import compares it. */
export interface StoredParticipant {
  memberId: string;
  attendance: string;
  speeches: number;
  writtenSpeeches: number;
}

/** A stored duty event as an import compares it, with its participants. */
export interface StoredDutyEvent {
  id: string;
  version: number;
  kind: string;
  topic: string | null;
  place: string | null;
  participants: StoredParticipant[];
}

/**
 * The events held by this division's committee on this day under this name — the import's natural
 * key, which the database does not hold unique (an event entered twice through the API is
 * possible): the caller decides what several mean. Read in the import's transaction.
 */
export async function dutyEventsKeyed(
  manager: EntityManager,
  divisionId: string,
  heldOn: string,
  title: string,
): Promise<StoredDutyEvent[]> {
  const rows: (Omit<StoredDutyEvent, 'participants' | 'version'> & {
    version: number | string;
    participants: StoredParticipant[] | null;
  })[] = await manager.query(
    `SELECT e.id::text AS id, e.version, e.kind::text AS kind, e.topic, e.place,
              (SELECT json_agg(json_build_object('memberId', p.member_id::text, 'attendance', p.attendance::text,
                                                 'speeches', p.speeches, 'writtenSpeeches', p.written_speeches)
                               ORDER BY p.member_id)
               FROM duty_participant p WHERE p.event_id = e.id) AS participants
       FROM duty_event e
       WHERE e.division_id = $1 AND e.held_on = $2 AND e.title = $3
       ORDER BY e.id`,
    [divisionId, heldOn, title],
  );
  return rows.map((row) => ({ ...row, version: Number(row.version), participants: row.participants ?? [] }));
}
