import { randomUUID } from 'node:crypto';

import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';

import { AuthModule } from '@rural/auth';
import { BasesModule } from '@rural/bases';
import { CommitteeModule } from '@rural/committee';
import { createValidationPipe } from '@rural/core';
import { DatabaseModule, IN_MEMORY } from '@rural/database';
import { DutyModule } from '@rural/duty';
import { EnterprisesModule } from '@rural/enterprises';
import { GeographyModule } from '@rural/geography';
import { MatchesModule } from '@rural/matches';
import { MembersModule } from '@rural/members';
import { OutcomesModule } from '@rural/outcomes';
import { ReportingModule } from '@rural/reporting';
import { ServiceTeamsModule } from '@rural/service-teams';
import { SpreadsheetsModule } from '@rural/spreadsheets';
import { SuggestionsModule } from '@rural/suggestions';

import { replicaUrls, validateEnvironment, type Environment } from './config/environment.js';
import { consoleIsBuilt } from './console/console-files.js';
import { ExplorerController } from './explorer/explorer.controller.js';
import { GraphqlExceptionFilter } from './graphql/graphql-exception.filter.js';
import { GraphqlOptions } from './graphql/graphql-options.js';
import { IdempotentCreateInterceptor } from './graphql/idempotent-create.interceptor.js';
import { HealthController } from './health/health.controller.js';
import { HomeController } from './home/home.controller.js';
import { PRETTY_LOGS, prettyLogs } from './logging/pretty-logs.js';
import { SeedModule } from './seed/seed.module.js';

// The web console takes `/` once built (configure-app.ts); until then `/` says what the server is
// and how to build it.
const CONSOLE_BUILT = consoleIsBuilt();

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: validateEnvironment }),
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) => ({
        pinoHttp: {
          level: config.get('LOG_LEVEL'),
          // A request id on every log line; taken from the caller's X-Request-Id when given.
          genReqId: (req, res) => {
            const given = req.headers['x-request-id'];
            const id = typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
            res.setHeader('X-Request-Id', id);
            return id;
          },
          autoLogging: { ignore: (req) => req.url === '/health' },
          redact: ['req.headers.authorization'],
          ...(prettyLogs(config.get('LOG_FORMAT'), config.get('NODE_ENV')) ? PRETTY_LOGS : {}),
        },
      }),
    }),
    DatabaseModule.forRoot({
      inject: [ConfigService],
      useTarget: (config: ConfigService<Environment, true>) => ({
        url: config.get('DATABASE_URL'),
        embedded: { dataDir: config.get('DATA_DIR') ?? IN_MEMORY },
        reportTimeoutMs: config.get('REPORT_TIMEOUT_MS'),
        replicaUrls: replicaUrls({ DATABASE_REPLICA_URLS: config.get('DATABASE_REPLICA_URLS') }),
        replicaMaxLagMs: config.get('REPLICA_MAX_LAG_MS'),
      }),
    }),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({ driver: ApolloDriver, imports: [AuthModule], useClass: GraphqlOptions }),
    TerminusModule,
    AuthModule,
    GeographyModule,
    EnterprisesModule,
    MembersModule,
    BasesModule,
    MatchesModule,
    ServiceTeamsModule,
    OutcomesModule,
    ReportingModule,
    CommitteeModule,
    SuggestionsModule,
    DutyModule,
    SpreadsheetsModule,
    SeedModule,
  ],
  controllers: [...(CONSOLE_BUILT ? [] : [HomeController]), HealthController, ExplorerController],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
    // Idempotency-Key on create mutations: one place for all of them.
    { provide: APP_INTERCEPTOR, useClass: IdempotentCreateInterceptor },
  ],
})
export class AppModule {}
