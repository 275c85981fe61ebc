// Closed-loop clients: each sends its next request as soon as the last is answered, until the
// deadline; one in flight then is finished (within the client's timeout), so the run is bounded.
import { performance } from 'node:perf_hooks';

import { call } from './client.mjs';

/** `clients`: one `next()` per client, giving the operation it sends next. */
export async function drive({ url, token, seconds, clients }) {
  const operations = new Map();
  const errors = new Map();
  const started = performance.now();
  const client = async (next) => {
    while (performance.now() < started + seconds * 1000) {
      const op = next();
      if (!operations.has(op.name)) operations.set(op.name, { name: op.name, kind: op.kind, latencies: [], errors: 0 });
      const sent = op.request();
      const result = await call(url, token, { query: sent.query, variables: sent.variables });
      const kind = result.error ?? (op.check(result.data, sent) ? null : 'unexpected response');
      if (!kind) {
        op.acknowledge(result.data);
        operations.get(op.name).latencies.push(result.ms);
        continue;
      }
      operations.get(op.name).errors += 1;
      if (!errors.has(kind))
        errors.set(kind, { kind, count: 0, sample: `${op.name}: ${result.detail ?? JSON.stringify(result.data).slice(0, 300)}` });
      errors.get(kind).count += 1;
    }
  };
  await Promise.all(clients.map(client));
  const elapsed = (performance.now() - started) / 1000;
  return { elapsed, operations: [...operations.values()].map((o) => summarize(o, elapsed)), errors: [...errors.values()] };
}

// Nearest-rank percentiles of the successful requests (a failed one is counted, not timed).
function summarize({ name, kind, latencies, errors }, elapsed) {
  const sorted = latencies.sort((a, b) => a - b);
  const at = (fraction) => (sorted.length ? sorted[Math.ceil(fraction * sorted.length) - 1] : null);
  return {
    name,
    kind,
    count: sorted.length + errors,
    errors,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    perSecond: sorted.length / elapsed,
  };
}
