// A lean GraphQL-over-HTTP client: node:http with keep-alive, the same for the app and the peer,
// so the client's own cost is alike on both sides.
import http from 'node:http';

let agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/**
 * Drops kept-alive connections: one idle longer than the server's keep-alive timeout (5 s) may
 * be closed by the server just as it is reused ("socket hang up"), so each measurement starts
 * with new ones.
 */
export function freshConnections() {
  agent.destroy();
  agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
}

/** POSTs a GraphQL request and returns the parsed body (data and/or errors). */
export function post(url, token, body) {
  return send(url, token, Buffer.from(JSON.stringify(body)), true);
}

function send(url, token, payload, mayRetry) {
  const headers = { 'content-type': 'application/json', 'content-length': payload.length };
  if (token) headers.authorization = `Bearer ${token}`;
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        try {
          resolve(JSON.parse(text));
        } catch {
          reject(new Error(`HTTP ${response.statusCode}: ${text.slice(0, 200)}`));
        }
      });
      response.on('error', reject);
    });
    request.on('error', (error) => {
      // A kept-alive connection the server closed just as it was reused: Node's documented remedy
      // is to send again, once, on a new one.
      if (mayRetry && request.reusedSocket && error.code === 'ECONNRESET') resolve(send(url, token, payload, false));
      else reject(error);
    });
    request.end(payload);
  });
}

export function closeClient() {
  agent.destroy();
}
