import { Controller, Get, Header, NotFoundException, Param, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Response } from 'express';

import { explorerEnabled, type Environment } from '../config/environment.js';
import { EXPLORER_ASSETS } from './explorer-assets.js';
import { explorerPage } from './explorer.page.js';

// Only this server's own files may load: the page works on an intranet without internet, and
// nothing it runs can come from elsewhere. GraphiQL sets inline styles and uses data: fonts.
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

/**
 * `GET /explorer`: GraphiQL with a sign-in form, every file served by this server (see
 * explorer-assets.ts). Off in production unless GRAPHQL_EXPLORER=true; then it answers 404.
 */
@Controller('explorer')
export class ExplorerController {
  private readonly enabled: boolean;
  private readonly page = explorerPage();

  constructor(config: ConfigService<Environment, true>) {
    this.enabled = explorerEnabled({ GRAPHQL_EXPLORER: config.get('GRAPHQL_EXPLORER'), NODE_ENV: config.get('NODE_ENV') });
  }

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  @Header('Cache-Control', 'no-cache')
  explorer(): string {
    this.refuseWhenDisabled();
    return this.page;
  }

  @Get('assets/:name')
  asset(@Param('name') name: string, @Res() res: Response): void {
    this.refuseWhenDisabled();
    const file = Object.hasOwn(EXPLORER_ASSETS, name) ? EXPLORER_ASSETS[name] : undefined;
    if (!file) throw new NotFoundException();
    // Revalidated on each load (ETag): a server upgrade brings its new files at once.
    res.sendFile(file, { headers: { 'Cache-Control': 'no-cache' } });
  }

  private refuseWhenDisabled(): void {
    if (!this.enabled) throw new NotFoundException();
  }
}
