// The embedded database's target: every report ≤ 3 × the PostgreSQL server's time on the same
// data. The synthetic data are deterministic, so "the same data" is a server run's results file
// with the same number of records; an embedded run compares itself with the latest one.
import { readdir, readFile } from 'node:fs/promises';

export async function latestServerRun(directory, records) {
  const names = (await readdir(directory).catch(() => []))
    .filter((name) => /-postgres(-[\w]+)?\.json$/.test(name))
    .sort()
    .reverse();
  for (const name of names) {
    const run = JSON.parse(await readFile(new URL(name, directory), 'utf8'));
    if (run.recordsCounted === records) return { name, run };
  }
  return null;
}

/** Per report present in both runs: embedded p50 ÷ server p50, at one client. */
export function embeddedAgainstServer(results, server) {
  const serverOps = new Map(server.run.operations.map((op) => [op.name, op]));
  return results
    .filter((r) => r.name.startsWith('R') && serverOps.has(r.name))
    .map((r) => {
      const serverP50 = serverOps.get(r.name).app.c1.p50;
      const ratio = r.app.c1.p50 / serverP50;
      return {
        target: `${r.name}: embedded ≤ 3 × the server's p50 (c1; server run ${server.name})`,
        measured: `${r.app.c1.p50.toFixed(1)} ms vs ${serverP50.toFixed(1)} ms, ×${ratio.toFixed(2)}`,
        met: ratio <= 3,
      };
    });
}
