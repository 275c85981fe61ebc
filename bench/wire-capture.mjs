// Sees the SQL the app sends without reaching into it: a TCP proxy between the app's `pg` pools
// and the PostgreSQL server that reads PostgreSQL's wire protocol as it passes (nothing is
// changed on the way). Each statement — a simple Query, or an extended-protocol Execute with the
// text of its Parse and the values of its Bind — is counted and, while a capture is open,
// recorded with its text, parameters, and the times it was sent and answered.
import net from 'node:net';
import { performance } from 'node:perf_hooks';

/** Listens on a free loopback port and forwards to `databaseUrl`'s server; `url` is the database through the proxy. */
export async function startWireCapture(databaseUrl) {
  const target = new URL(databaseUrl);
  const upstream = { host: target.hostname, port: Number(target.port || 5432) };
  let statements = 0;
  let log = null;
  let nextConnection = 0;
  const sockets = new Set();

  const server = net.createServer((client) => {
    const connection = nextConnection++;
    const server = net.connect(upstream);
    for (const socket of [client, server]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => (socket === client ? server : client).destroy());
    }
    const prepared = new Map();
    let bound = [];
    // The statement a Bind names (Execute names a portal, not a statement).
    let statementOfLastBind = '';
    const pending = [];
    const sent = (sql, params) => {
      statements += 1;
      const entry = { sql, params, runner: connection, start: performance.now(), end: NaN };
      pending.push(entry);
      log?.push(entry);
    };
    const answered = () => {
      const entry = pending.shift();
      if (entry) entry.end = performance.now();
    };

    client.on(
      'data',
      messages({ untypedFirst: true }, (type, body) => {
        if (type === 'Q') sent(cstring(body, 0).text, []);
        else if (type === 'P') {
          const name = cstring(body, 0);
          prepared.set(name.text, cstring(body, name.next).text);
        } else if (type === 'B') bound = bindValues(body);
        else if (type === 'E') sent(prepared.get(statementOfLastBind) ?? '', bound);
      }),
    );
    function bindValues(body) {
      const portal = cstring(body, 0);
      const statement = cstring(body, portal.next);
      statementOfLastBind = statement.text;
      let at = statement.next;
      const formatCount = body.readInt16BE(at);
      const formats = [];
      for (let i = 0; i < formatCount; i++) formats.push(body.readInt16BE(at + 2 + i * 2));
      at += 2 + formatCount * 2;
      const count = body.readInt16BE(at);
      at += 2;
      const values = [];
      for (let i = 0; i < count; i++) {
        const length = body.readInt32BE(at);
        at += 4;
        if (length < 0) values.push(null);
        else {
          const bytes = body.subarray(at, at + length);
          const format = formats.length === 1 ? formats[0] : (formats[i] ?? 0);
          values.push(format === 1 ? Buffer.from(bytes) : bytes.toString('utf8'));
          at += length;
        }
      }
      return values;
    }
    server.on(
      'data',
      // CommandComplete, EmptyQueryResponse or ErrorResponse ends the oldest statement in flight.
      messages({ untypedFirst: false }, (type) => {
        if (type === 'C' || type === 'I' || (type === 'E' && pending.length)) answered();
      }),
    );
    client.pipe(server);
    server.pipe(client);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(server.address().port);

  return {
    url: url.toString(),
    /** Statements sent since the proxy started. */
    statements: () => statements,
    /** Runs `action` alone and returns the statements it sent, in the order they were sent. */
    async capture(action) {
      log = [];
      try {
        const result = await action();
        return { statements: log, result };
      } finally {
        log = null;
      }
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((done) => server.close(done));
    },
  };
}

/**
 * A `data` listener that cuts a byte stream into protocol messages (a type byte, then a length
 * that counts itself) and calls `onMessage(type, body)`. The client's first message (startup)
 * has no type byte. SSL is not supported: the app connects to the proxy without it.
 */
function messages({ untypedFirst }, onMessage) {
  let buffered = Buffer.alloc(0);
  let untyped = untypedFirst;
  return (chunk) => {
    buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
    for (;;) {
      const header = untyped ? 4 : 5;
      if (buffered.length < header) return;
      const length = buffered.readInt32BE(header - 4);
      const total = header - 4 + length;
      if (buffered.length < total) return;
      if (untyped) untyped = false;
      else onMessage(String.fromCharCode(buffered[0]), buffered.subarray(5, total));
      buffered = buffered.subarray(total);
    }
  };
}

function cstring(buffer, from) {
  const end = buffer.indexOf(0, from);
  return { text: buffer.toString('utf8', from, end), next: end + 1 };
}
