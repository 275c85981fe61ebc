import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

import type { DynamicModule } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { Response } from 'express';

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

/** Paths the server itself answers; everything else under GET is the console's page. */
const SERVER_PATHS = /^\/(graphql|health|explorer|imports|exports|templates|assets)(\/|$)/;

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
 * The built console at `/`: its files as they are, and its page for every other GET path that is
 * not the server's own (client-side routes such as `/dashboard?divisionId=…`). Hashed files under
 * /assets are cached for a year; the page itself is revalidated on every visit, so a new build is
 * seen at once.
 */
export function consoleModule(directory = consoleDirectory()): DynamicModule {
  return ServeStaticModule.forRoot({
    rootPath: directory,
    exclude: SERVER_PATHS,
    serveStaticOptions: {
      index: false,
      setHeaders: (res: Response, path: string) => {
        if (path.includes(`${sep}assets${sep}`)) {
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        } else {
          res.setHeader('Cache-Control', 'no-cache');
          res.setHeader('Content-Security-Policy', CONSOLE_POLICY);
        }
      },
    },
  });
}
