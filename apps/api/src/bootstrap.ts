import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';

import { AppModule } from './app.module.js';
import { ConfigurationError, validateEnvironment } from './config/environment.js';
import { configureApp } from './configure-app.js';
import { startupBanner } from './startup-banner.js';
import { describeStartupFailure } from './startup-failure.js';

/**
 * Starts the service. Any failure before it listens (bad configuration, unreachable database,
 * a data directory in use) ends the process with one clear line and exit code 1.
 */
export async function bootstrap(): Promise<void> {
  const started = Date.now();
  let app: NestExpressApplication | undefined;
  try {
    const env = validateEnvironment(process.env);
    // Logs stay buffered until the app is up, so a failed start prints one line, not a stack.
    app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, autoFlushLogs: false, abortOnError: false });
    configureApp(app);
    app.flushLogs();
    await app.listen(env.PORT);
    const logger = app.get(Logger);
    for (const line of startupBanner(env, Date.now() - started)) logger.log(line, 'Bootstrap');
  } catch (error) {
    const line = error instanceof ConfigurationError ? error.message : describeStartupFailure(error);
    process.stderr.write(`启动失败：${line}\n`);
    await app?.close().catch(() => undefined);
    process.exit(1);
  }
}
