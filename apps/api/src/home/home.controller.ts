import { Controller, Get, Header } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

import { explorerEnabled, type Environment } from '../config/environment.js';
import { homePage } from './home.page.js';

/** `GET /` while the web console is not built (`npm run build`): what this server is and where to go. */
@Controller()
export class HomeController {
  private readonly page: string;

  constructor(config: ConfigService<Environment, true>) {
    this.page = homePage({
      explorer: explorerEnabled({ GRAPHQL_EXPLORER: config.get('GRAPHQL_EXPLORER'), NODE_ENV: config.get('NODE_ENV') }),
    });
  }

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  home(): string {
    return this.page;
  }
}
