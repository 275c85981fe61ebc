// What the floor needs to know of the statements the wire capture (wire-capture.mjs) recorded for
// one request: which ran side by side, and whether they form a transaction.
/**
 * Groups captured statements into phases: a statement that started while another of its phase
 * was still running belongs to that phase (DataLoader batches dispatched together); the floor
 * runs the statements of one phase side by side and the phases one after another.
 */
export function phasesOf(statements) {
  const phases = [];
  let current = null;
  let currentEnd = -Infinity;
  for (const statement of statements) {
    if (current && statement.start < currentEnd) {
      current.push(statement);
    } else {
      current = [statement];
      phases.push(current);
    }
    currentEnd = Math.max(currentEnd, statement.end);
  }
  return phases.map((phase) => phase.map(({ sql, params }) => ({ sql, params })));
}

/** True when the statements hold a transaction, which must be replayed on one connection. */
export function isTransactional(statements) {
  return statements.some(({ sql }) => /^\s*(START TRANSACTION|BEGIN)/i.test(sql));
}
