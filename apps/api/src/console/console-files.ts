import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';

/**
 * Where `npm run build` puts the web console (apps/web, built by Vite). Resolved from the working
 * directory, as `npm start`, the tests and the container all run from the project's root;
 * `WEB_DIR` points elsewhere.
 */
export function consoleDirectory(): string {
  return resolve(process.env.WEB_DIR ?? join('dist', 'web'));
}

export function consoleIsBuilt(directory = consoleDirectory()): boolean {
  return existsSync(join(directory, 'index.html'));
}

/**
 * Paths the server itself answers; every other GET is the console's (client-side routes).
 * `/imports/{kind}` takes only POST, so a GET under /imports is the console's import wizard and
 * history (`/imports`, `/imports/history?id=…`), which must survive a reload or a shared link.
 */
const SERVER_PATHS = /^\/(graphql|health|explorer|exports|templates|assets)(\/|$)/;

/** A GET for the console: one of its files under /assets, or its page at any other path not the server's own. */
function isConsoleRequest(req: Request): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && (req.path.startsWith('/assets/') || !SERVER_PATHS.test(req.path));
}

/**
 * The console's page may load only what this server sends (no CDN, no outside fonts): an intranet
 * without internet shows it whole. Element Plus positions popups with inline styles.
 */
const CONSOLE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The built console at `/`: its hashed files under /assets (express.static, cached for a year),
 * and its page for every other GET that is not one of the server's own paths
 * (`/dashboard?divisionId=…` is a client-side route), revalidated on every visit so a new build is
 * seen at once. Registered on the Express app before Nest's routes, which is why the server's own
 * paths are stepped over explicitly.
 */
export function serveConsole(app: NestExpressApplication, directory = consoleDirectory()): void {
  const page = join(directory, 'index.html');
  // Gzipped, for phones on slow county networks: the dashboard's scripts shrink to about a third.
  // Only the console's files: API answers keep the latency the benchmarks measure.
  const gzip = compression();
  app.use((req: Request, res: Response, next: NextFunction) => (isConsoleRequest(req) ? gzip(req, res, next) : next()));
  app.use('/assets', express.static(join(directory, 'assets'), { index: false, immutable: true, maxAge: '365d' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!isConsoleRequest(req) || req.path.startsWith('/assets/')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Security-Policy', CONSOLE_POLICY);
    res.sendFile(page, (error) => error && next(error));
  });
}
