import type { AddressInfo } from 'node:net';

import type { INestApplication, Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';

import { DATABASE_TARGET, IN_MEMORY, type DatabaseTarget } from '@rural/database';

import { GraphqlClient } from './graphql-client.js';
import { clientWithScope } from './scoped-clients.js';
import { createDatabaseFromTemplate, dropDatabase, serverUrl, SNAPSHOT_ENV, TEMPLATE_ENV } from './template.js';

export interface TestAppOptions {
  /** Extra environment for this app (e.g. `{ SEED: 'true' }`), set before the app module loads. */
  env?: Record<string, string>;
  /** Test-only modules imported next to AppModule (e.g. a probe resolver). */
  extraModules?: Type[];
}

/** The real AppModule on its own fresh database, listening on a free port. */
export interface TestApp {
  app: INestApplication;
  url: string;
  /** Signed in as the administrator. */
  admin: GraphqlClient;
  /** Not signed in. */
  anonymous: GraphqlClient;
  /** `postgres://…` of this app's database when on the server; undefined on the embedded one. */
  databaseUrl?: string;
  /** Signs in a new user of the given role and returns a client for it. */
  clientWithRole(role: 'ADMIN' | 'EDITOR' | 'VIEWER'): Promise<GraphqlClient>;
  close(): Promise<void>;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  Object.assign(process.env, options.env ?? {});
  const base = serverUrl();
  const databaseUrl = base ? await createDatabaseFromTemplate(base, required(TEMPLATE_ENV)) : undefined;
  const target: DatabaseTarget = databaseUrl
    ? { url: databaseUrl, embedded: { dataDir: IN_MEMORY } }
    : { embedded: { dataDir: IN_MEMORY, snapshotFile: required(SNAPSHOT_ENV) } };

  // Imported after the environment is set: the configuration is read when the module loads.
  const { AppModule } = await import('../../apps/api/src/app.module.js');
  const { configureApp } = await import('../../apps/api/src/configure-app.js');
  const moduleRef = await Test.createTestingModule({ imports: [AppModule, ...(options.extraModules ?? [])] })
    .overrideProvider(DATABASE_TARGET)
    .useValue(target)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: false });
  try {
    configureApp(app);
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    // A failed boot must not leave a database open, or jest never exits.
    await app.close().catch(() => undefined);
    if (base && databaseUrl) await dropDatabase(base, databaseUrl);
    throw error;
  }
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const anonymous = new GraphqlClient(url);
  const admin = await anonymous.signIn(process.env.ADMIN_USERNAME ?? 'admin', process.env.ADMIN_PASSWORD ?? '');
  const testApp: TestApp = {
    app,
    url,
    admin,
    anonymous,
    databaseUrl,
    clientWithRole: (role) => clientWithScope(testApp, role, null),
    async close() {
      await app.close();
      if (base && databaseUrl) await dropDatabase(base, databaseUrl);
    },
  };
  return testApp;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the e2e tests through jest (its global setup makes the template)`);
  return value;
}
