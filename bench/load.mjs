// Closed-loop load: `concurrency` clients each send the next request as soon as the previous one
// is answered, for `seconds`; latency of every request, throughput over the whole window. A
// failed request (an error response, a connection that timed out) is counted, not timed.
import { performance } from 'node:perf_hooks';

export async function measure(task, { concurrency, seconds, minSamples = 3 }) {
  const latencies = [];
  const errors = { count: 0, first: null };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let sequence = 0;
  async function client() {
    // A slow operation still gets a few samples; every client finishes the request it started.
    while (performance.now() < deadline || sequence < minSamples) {
      const n = sequence++;
      const begin = performance.now();
      try {
        await task(n);
        latencies.push(performance.now() - begin);
      } catch (error) {
        errors.count += 1;
        errors.first ??= String(error?.message ?? error).slice(0, 300);
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, client));
  return summarize(latencies, errors, (performance.now() - started) / 1000);
}

/**
 * Several tasks at one client, taking turns request by request for `seconds` each, so that
 * whatever else the machine does in the meantime weighs on all of them alike.
 */
export async function measureTakingTurns(tasks, { seconds, minSamples = 3 }) {
  const runs = tasks.map(() => ({ latencies: [], errors: { count: 0, first: null }, busy: 0 }));
  const deadline = performance.now() + seconds * 1000 * tasks.length;
  for (let n = 0; n < minSamples || performance.now() < deadline; n++) {
    for (const [i, task] of tasks.entries()) {
      const run = runs[i];
      const begin = performance.now();
      try {
        await task(n);
        run.latencies.push(performance.now() - begin);
      } catch (error) {
        run.errors.count += 1;
        run.errors.first ??= String(error?.message ?? error).slice(0, 300);
      }
      run.busy += performance.now() - begin;
    }
  }
  // One client: requests per second of the time spent on this task's own requests.
  return runs.map((run) => summarize(run.latencies, run.errors, run.busy / 1000));
}

function summarize(latencies, errors, elapsed) {
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    rps: latencies.length / elapsed,
    ...(errors.count > 0 ? { errors: errors.count, firstError: errors.first } : {}),
  };
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted, fraction) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}
