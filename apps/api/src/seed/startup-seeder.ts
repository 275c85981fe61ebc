import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { UsersService } from '@rural/auth';
import type { Environment } from '../config/environment.js';

/** At start, after the migrations: the first administrator, then the article's facts. */
@Injectable()
export class StartupSeeder implements OnApplicationBootstrap {
  constructor(
    private readonly config: ConfigService<Environment, true>,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.users.ensureInitialAdmin(this.config.get('ADMIN_USERNAME'), this.config.get('ADMIN_PASSWORD'));
  }
}
