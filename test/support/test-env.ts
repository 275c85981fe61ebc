// Configuration every end-to-end test starts from; a test may change it before starting an app.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
process.env.ADMIN_USERNAME = 'admin';
process.env.ADMIN_PASSWORD = 'admin-password';
process.env.SEED = 'false';

// @nestjs/graphql keeps its type registry on a global that outlives a test file when jest runs
// several files in one worker; a stale registry makes the next app's schema build fail.
delete (globalThis as Record<string, unknown>).GqlTypeMetadataStorage;

// Test files fire hundreds of requests a minute from one address; the rate-limit test sets its own limits.
process.env.RATE_LIMIT_PER_TOKEN = '1000000';
process.env.RATE_LIMIT_PER_ADDRESS = '1000000';
