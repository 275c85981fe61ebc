import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

import { UsersService } from '@rural/auth';

import type { Environment } from '../config/environment.js';
import { ArticleSeeder } from './article-seeder.js';

/** At start, after the migrations: the first administrator, then the article's facts. */
@Injectable()
export class StartupSeeder implements OnApplicationBootstrap {
  constructor(
    private readonly config: ConfigService<Environment, true>,
    private readonly users: UsersService,
    private readonly article: ArticleSeeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.users.ensureInitialAdmin(this.config.get('ADMIN_USERNAME'), this.config.get('ADMIN_PASSWORD'));
    if (this.config.get('SEED')) await this.article.seedIfEmpty();
  }
}
