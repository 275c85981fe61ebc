import { Module } from '@nestjs/common';
import { AuthModule } from '@rural/auth';
import { StartupSeeder } from './startup-seeder.js';

@Module({ imports: [AuthModule], providers: [StartupSeeder] })
export class SeedModule {}
