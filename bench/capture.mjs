// Records the exact SQL text and parameters the app hands to `pg`, with start and end times, by
// wrapping TypeORM's PostgresQueryRunner.query — the one door every statement of the app passes
// (DataSource.query, repositories, query builders, transactions). Nothing is changed on the way.
import { performance } from 'node:perf_hooks';

export function installCapture(dataSource) {
  const probe = dataSource.createQueryRunner();
  const proto = Object.getPrototypeOf(probe);
  void probe.release();
  const original = proto.query;
  let log = null;

  proto.query = async function capturedQuery(query, parameters, ...rest) {
    if (!log) return original.call(this, query, parameters, ...rest);
    const entry = { sql: query, params: parameters ?? [], runner: runnerOf(this), start: performance.now(), end: NaN };
    log.push(entry);
    try {
      return await original.call(this, query, parameters, ...rest);
    } finally {
      entry.end = performance.now();
    }
  };

  let nextRunner = 0;
  const ids = new WeakMap();
  function runnerOf(runner) {
    if (!ids.has(runner)) ids.set(runner, nextRunner++);
    return ids.get(runner);
  }

  return {
    /** Runs `action` alone and returns the statements it sent, in the order they started. */
    async capture(action) {
      log = [];
      try {
        const result = await action();
        return { statements: log, result };
      } finally {
        log = null;
      }
    },
    uninstall() {
      proto.query = original;
    },
  };
}

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
