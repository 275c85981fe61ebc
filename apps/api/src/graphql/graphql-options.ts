import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { GqlOptionsFactory } from '@nestjs/graphql';
import type { Request } from 'express';

import { AdmissionService } from '@rural/auth';
import { RequestLoaders, type GraphqlContext } from '@rural/core';

import { formatError } from './format-error.js';
import { hardenedApolloOptions } from './hardening.js';

/** Apollo, code-first: schema built from the decorated classes, sorted for a stable `schema.gql`. */
@Injectable()
export class GraphqlOptions implements GqlOptionsFactory<ApolloDriverConfig> {
  private readonly logger = new Logger('GraphQL');

  constructor(
    private readonly config: ConfigService,
    private readonly admissions: AdmissionService,
  ) {}

  createGqlOptions(): ApolloDriverConfig {
    const hardened = hardenedApolloOptions({
      introspection: this.config.get('GRAPHQL_INTROSPECTION') !== false,
      admissions: this.admissions,
    });
    return {
      autoSchemaFile: true,
      sortSchema: true,
      path: '/graphql',
      playground: false,
      // Apollo's landing page loads its explorer from a CDN; ours is served by this server (/explorer).
      // Cache hints are not used (answers are per caller and current at every commit), and the
      // cache-control plugin wraps every field's resolver to collect them: 10% of the server's time
      // on a report of 1,200 groups (a CPU profile of R2 at 1,000,000 records).
      plugins: [...hardened.plugins, ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
      introspection: hardened.introspection,
      parseOptions: hardened.parseOptions,
      validationRules: hardened.validationRules,
      allowBatchedHttpRequests: false,
      csrfPrevention: true,
      includeStacktraceInErrorResponses: false,
      context: ({ req }: { req: Request }): GraphqlContext => ({ req, loaders: new RequestLoaders() }),
      // Errors thrown by resolvers were already translated by GraphqlExceptionFilter; this sees
      // the rest (parse, validation, variable coercion) and masks anything unforeseen.
      formatError: (formatted, error) =>
        formatError(
          formatted,
          undefined,
          (unexpected) => this.logger.error({ err: error, graphqlError: unexpected }, 'unexpected GraphQL error'),
          error,
        ),
    };
  }
}
