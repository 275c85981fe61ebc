// The records the SUMMARIES part writes, and how they go again. Approved records are locked and
// audit entries permanent (trust rules), so the undo disables exactly those guards — and the audit
// trigger, so the delete writes no entries of its own — inside one transaction: other sessions
// never see them off (ALTER TABLE holds its lock until COMMIT). The summary triggers stay on, so
// with the summaries current the delete appends the cells' negative deltas as any delete would,
// and with them off it is skipped like the writes it undoes.

/** Every record of this part says what it is, so a run (or an interrupted one) can remove it. */
export const SUMMARIES_SOURCE = 'bench SUMMARIES: synthetic benchmark write, deleted after the run';

const GUARDS = [
  ['outcome_record', 'outcome_record_approved_locked'],
  ['outcome_record', 'outcome_record_audit'],
  ['audit_entry', 'audit_entry_permanent'],
];

/** Deletes the part's records (all, or those of `ids`) with their audit entries; returns how many went. */
export async function removeBenchRecords(pool, ids = null) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    for (const [table, trigger] of GUARDS) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
    const { rows } = await client.query(
      `DELETE FROM outcome_record WHERE source = $1 AND ($2::bigint[] IS NULL OR id = ANY($2::bigint[])) RETURNING id::text AS id`,
      [SUMMARIES_SOURCE, ids],
    );
    if (rows.length > 0)
      await client.query(`DELETE FROM audit_entry WHERE entity_type = 'outcome_record' AND entity_id = ANY($1::text[])`, [
        rows.map((row) => row.id),
      ]);
    for (const [table, trigger] of GUARDS) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
    await client.query('COMMIT');
    return rows.length;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Town clerks who approve (EDITOR of their town: approval is theirs, and the entering administrator
 * may not approve his own records), each with a session opened beside the app as bench/app.mjs
 * does for the administrator. Inserted with triggers off, so they leave no audit entries.
 */
export async function createApprovers(pool, towns) {
  const { createHash, randomBytes } = await import('node:crypto');
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    const approvers = [];
    for (const town of towns) {
      const token = randomBytes(32).toString('base64url');
      const {
        rows: [user],
      } = await client.query(
        `INSERT INTO app_user (username, password_hash, role, division_id) VALUES ($1, '!no password: bench session only', 'EDITOR', $2)
         RETURNING id::text AS id`,
        [`${APPROVER_PREFIX}${town}`, town],
      );
      await client.query(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '6 hours')`, [
        createHash('sha256').update(token).digest('hex'),
        user.id,
      ]);
      approvers.push({ town, userId: user.id, token });
    }
    await client.query('COMMIT');
    return approvers;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const APPROVER_PREFIX = 'bench-summaries-approver-';

/** The approvers go again (after their records), with their sessions; no audit entries either way. */
export async function removeApprovers(pool) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query(`DELETE FROM user_session WHERE user_id IN (SELECT id FROM app_user WHERE username LIKE $1)`, [
      `${APPROVER_PREFIX}%`,
    ]);
    await client.query(`DELETE FROM app_user WHERE username LIKE $1`, [`${APPROVER_PREFIX}%`]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
