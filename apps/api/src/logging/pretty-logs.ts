import type { Options } from 'pino-http';

import type { Environment } from '../config/environment.js';

/**
 * Whether logs are short readable lines rather than JSON: as LOG_FORMAT says, else readable in
 * development when a person watches the terminal. Production and piped output stay JSON, which
 * log collectors read.
 */
export function prettyLogs(
  format: Environment['LOG_FORMAT'],
  nodeEnv: Environment['NODE_ENV'],
  stdoutIsTerminal = process.stdout.isTTY === true,
): boolean {
  return format ? format === 'pretty' : nodeEnv === 'development' && stdoutIsTerminal;
}

/** pino-pretty as the transport: one line per request (method, URL, status, time), no pid or host. */
export const PRETTY_LOGS: Pick<Options, 'transport'> = {
  transport: {
    target: 'pino-pretty',
    options: {
      singleLine: true,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname,req,res,responseTime,context',
      messageFormat: '{if req.method}{req.method} {req.url} {res.statusCode} {responseTime} ms — {end}{if context}[{context}] {end}{msg}',
    },
  },
};
