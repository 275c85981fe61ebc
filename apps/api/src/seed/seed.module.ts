import { Module } from '@nestjs/common';

import { AuthModule } from '@rural/auth';

import { ArticleSeeder } from './article-seeder.js';
import { StartupSeeder } from './startup-seeder.js';

@Module({ imports: [AuthModule], providers: [ArticleSeeder, StartupSeeder] })
export class SeedModule {}
