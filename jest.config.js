import { availableParallelism } from 'node:os';

// Jest in ESM mode (NestJS 12 is ESM only): run through `node --experimental-vm-modules`.
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  moduleNameMapper: {
    '^@rural/(.*)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
};

export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
      setupFiles: ['<rootDir>/test/support/test-env.ts'],
    },
  ],
  testTimeout: 60_000,
  // Every e2e file has its own app and database, so files run side by side. Jest's default on two
  // cores is a single worker; two keep both cores busy while one file waits on its database.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  // Every e2e file boots a Nest app; libraries keep their decorators' metadata in globals, so a
  // worker's heap grows by about 35 MB a file and, past a hundred files, the run slows to a crawl
  // in garbage collection. A worker above this after a file is replaced by a fresh one.
  workerIdleMemoryLimit: '1GB',
};
