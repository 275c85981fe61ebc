// R1–R5 read from the summary cells (the app as configured) against the direct statement over the
// records (a second app process on the same database, REPORT_SUMMARIES=false): both answers must be
// equal, and the cells' p50 at one client at most 1/20 of the direct one's.
import { freshConnections, post } from '../http.mjs';
import { measure } from '../load.mjs';

/**
 * `reports`: R1–R5 of operations.mjs. `direct`: the reference app, or null (the embedded database:
 * one process at a time may hold its data directory). A direct report slower than S/3 gets its
 * minimum of 3 requests (load.mjs), so a slow one costs three of its own times, not more.
 */
export async function measureReportReads({ app, direct, reports, seconds, log }) {
  const results = [];
  for (const op of reports) {
    const task = (url, token) => async () => {
      const body = await post(url, token, op.request());
      if (body.errors) throw new Error(`${op.name}: ${JSON.stringify(body.errors).slice(0, 300)}`);
      const problem = op.check(body.data, op.request());
      if (typeof problem === 'string') throw new Error(`${op.name}: ${problem}`);
      return body.data;
    };
    const cells = task(app.url, app.token);
    // One request each first: it warms up, and its answers are compared.
    freshConnections();
    const answer = await cells();
    const result = { name: op.name, description: op.description };
    result.cells = { c1: await fresh(() => measure(cells, { concurrency: 1, seconds })) };
    result.cells.c16 = await fresh(() => measure(cells, { concurrency: 16, seconds }));
    if (direct) {
      const reference = task(direct.url, direct.token);
      // A direct statement past REPORT_TIMEOUT_MS fails: said in the results, the run goes on.
      const directAnswer = await reference().catch((error) => ({ error: error.message }));
      result.sameAnswer = directAnswer.error ? null : sameReport(answer.impactSummary, directAnswer.impactSummary);
      if (directAnswer.error) result.directError = directAnswer.error;
      result.direct = { c1: await fresh(() => measure(reference, { concurrency: 1, seconds })) };
      result.ratio = result.cells.c1.p50 / result.direct.c1.p50;
      log(
        `  ${op.name}: cells p50 ${result.cells.c1.p50.toFixed(1)} ms, direct ${result.direct.c1.p50.toFixed(1)} ms (1/${(1 / result.ratio).toFixed(0)}), ` +
          `p95 c16 ${result.cells.c16.p95.toFixed(1)} ms, ${result.sameAnswer === null ? `direct failed: ${result.directError}` : result.sameAnswer ? 'same answer' : 'ANSWERS DIFFER'}`,
      );
    } else {
      log(`  ${op.name}: cells p50 ${result.cells.c1.p50.toFixed(1)} ms, p95 c16 ${result.cells.c16.p95.toFixed(1)} ms`);
    }
    results.push(result);
  }
  return results;
}

function fresh(run) {
  freshConnections();
  return run();
}

/** Two impactSummary answers are the same report: equal totals, flags and groups (in any order). */
export function sameReport(a, b) {
  const canonical = (report) =>
    JSON.stringify({
      ...report,
      groups: [...(report.groups ?? [])].sort((x, y) => String(x.key).localeCompare(String(y.key))),
    });
  return canonical(a) === canonical(b);
}
