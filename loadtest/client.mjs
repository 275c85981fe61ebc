// GraphQL over HTTP for the load test: one POST, timed, and sorted into data or a kind of error.
/* global AbortSignal */
import { performance } from 'node:perf_hooks';

// A request unanswered after this long is an error, so that a run ends in bounded time.
const TIMEOUT_MS = 30_000;

/** Sends one operation; resolves to { ms, data } or { ms, error, detail }, never rejects. */
export async function call(url, token, body) {
  const started = performance.now();
  const outcome = await send(url, token, body);
  return { ...outcome, ms: performance.now() - started };
}

async function send(url, token, body) {
  let status;
  let text;
  try {
    const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(TIMEOUT_MS) });
    [status, text] = [response.status, await response.text()];
  } catch (error) {
    return {
      error: error.name === 'TimeoutError' ? 'timeout' : `network ${error.cause?.code ?? error.name}`,
      detail: String(error.cause?.message ?? error.message),
    };
  }
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: reported with the status below
  }
  const code = json?.errors ? String(json.errors[0]?.extensions?.code ?? 'NO_CODE') : null;
  if (status === 200 && !code && json?.data) return { data: json.data };
  const kind = [status === 200 ? null : `HTTP ${status}`, code ?? (status === 200 ? 'no data' : null)].filter(Boolean).join(' ');
  // Rate limiting is named apart: the limits must be set so that a load test passes.
  const limited = status === 429 || /RATE|THROTTL|TOO_MANY/i.test(code ?? '');
  return { error: limited ? `rate limited (${kind})` : kind, detail: text.slice(0, 300) };
}

/** A request that must succeed (setting up, reading back): its data, or an exception. */
export async function must(url, token, query, variables) {
  const result = await call(url, token, { query, variables });
  if (result.error) throw new Error(`${result.error}: ${result.detail}`);
  return result.data;
}
