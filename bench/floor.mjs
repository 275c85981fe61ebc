// The floor: the statements the app sent for one operation — same text, same parameters —
// replayed through `pg` with no server in between. Statements the app ran side by side (one
// phase, e.g. two DataLoader batches) run side by side here too; a transaction runs on one
// connection, statement after statement.
import { isTransactional, phasesOf } from './capture.mjs';

/**
 * A task replaying `statements` on `pool`. For a transaction, `substitute()` gives each replay a
 * function that may swap parameter values (a write needs a fresh period each time).
 */
export function floorTask(pool, statements, substitute = () => (params) => params) {
  if (isTransactional(statements)) {
    const sequence = statements.map(({ sql, params }) => ({ sql, params }));
    return async () => {
      const client = await pool.connect();
      try {
        const swap = substitute();
        for (const { sql, params } of sequence) await client.query(sql, swap(params));
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    };
  }
  const phases = phasesOf(statements);
  return async () => {
    for (const phase of phases) await Promise.all(phase.map(({ sql, params }) => pool.query(sql, params)));
  };
}

/**
 * For writes: a substitute that replaces, in every statement's parameters, the captured values
 * (e.g. the base id and period of the captured write) with fresh ones from `fresh()`.
 */
export function freshValues(captured, fresh) {
  return () => {
    const next = fresh();
    const replacements = new Map(Object.keys(captured).map((key) => [captured[key], next[key]]));
    return (params) => params.map((value) => (replacements.has(value) ? replacements.get(value) : value));
  };
}
