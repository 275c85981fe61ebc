// Prints the GraphQL schema the code declares, so that the committed schema.gql (what clients
// read) can be kept equal to it. Run after `npm run build`, from the repository root:
//   node dist/apps/api/src/scripts/print-schema.js          → writes ./schema.gql
//   node dist/apps/api/src/scripts/print-schema.js --check  → exit 1 when ./schema.gql differs
import 'reflect-metadata';

import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

const SCHEMA_FILE = resolve('schema.gql');
const HEADER =
  '# The GraphQL schema of the rural-outcomes API, generated from the code: `npm run schema:write`.\n# Do not edit by hand; `npm run schema:check` fails when it is out of date.\n\n';

async function declaredSchema(): Promise<string> {
  // A throwaway in-memory database and no seed: only the schema is wanted. Set before the app
  // module loads, since the configuration is read then. The password only keeps the first-admin
  // step from printing a random one.
  delete process.env.DATABASE_URL;
  Object.assign(process.env, {
    DATA_DIR: 'memory://',
    SEED: 'false',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
    ADMIN_PASSWORD: randomBytes(12).toString('hex'),
  });
  const { AppModule } = await import('../app.module.js');
  const app = await NestFactory.create(AppModule, { logger: false });
  try {
    await app.init();
    const { schema } = app.get(GraphQLSchemaHost);
    return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    await app.close();
  }
}

async function committedSchema(): Promise<string | null> {
  try {
    return await readFile(SCHEMA_FILE, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The first line where two texts part, for a message a person can act on. */
function firstDifference(expected: string, actual: string): string {
  const wanted = expected.split('\n');
  const found = actual.split('\n');
  const index = wanted.findIndex((line, at) => line !== found[at]);
  const at = index === -1 ? wanted.length : index;
  return `line ${at + 1}: code declares ${JSON.stringify(wanted[at] ?? '')}, schema.gql has ${JSON.stringify(found[at] ?? '')}`;
}

async function main(): Promise<number> {
  const schema = await declaredSchema();
  if (!process.argv.includes('--check')) {
    await writeFile(SCHEMA_FILE, schema);
    console.log(`wrote ${SCHEMA_FILE}`);
    return 0;
  }
  const committed = await committedSchema();
  if (committed === null) {
    console.error('schema.gql is missing: run `npm run build && npm run schema:write` and commit it.');
    return 1;
  }
  if (committed !== schema) {
    console.error(
      `schema.gql is out of date (${firstDifference(schema, committed)}): run \`npm run build && npm run schema:write\` and commit it.`,
    );
    return 1;
  }
  console.log('schema.gql is up to date.');
  return 0;
}

process.exit(await main());
