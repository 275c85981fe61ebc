import { ConfigService } from '@nestjs/config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';

import { consoleIsBuilt, serveConsole } from './console/console-files.js';

/** What the running server and the end-to-end tests both set up on a created app. */
export function configureApp(app: NestExpressApplication): void {
  app.useLogger(app.get(Logger));
  // A clean stop (HTTP server closed, then the database) ends with exit code 0.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  // Every legitimate request is far below 1 MB; larger bodies are refused before parsing.
  app.useBodyParser('json', { limit: '1mb' });
  app.disable('x-powered-by');
  // Rate limits and sign-in throttling count per client address: behind one proxy hop, that is
  // the address the proxy saw, not the proxy's own.
  if (app.get(ConfigService).get('TRUST_PROXY')) app.set('trust proxy', 1);
  // A browser opening /graphql (a page, not an operation) is sent to the explorer; POSTs and
  // GET operations pass to Apollo unchanged.
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    const wantsPage =
      req.method === 'GET' && req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html';
    if (wantsPage) res.redirect(302, '/explorer');
    else next();
  });
  if (consoleIsBuilt()) serveConsole(app);
}
