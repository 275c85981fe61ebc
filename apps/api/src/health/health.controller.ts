import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator, type HealthIndicatorResult } from '@nestjs/terminus';

import { ReplicaRouter } from '@rural/database';

/**
 * `GET /health`: 200 `{"status":"ok",…}` when the database answers, 503 otherwise. With read
 * replicas the body also lists each one (up, in use, lag in ms and bytes); a replica down or
 * lagging makes `replicas.state` "degraded" but never the answer 503: the primary serves every
 * read then, so the service is up.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly replicas: ReplicaRouter,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    const database = () => this.database.pingCheck('database', { timeout: 3000 });
    const replicas = this.replicas.health();
    if (!replicas) return this.health.check([database]);
    const replicaStates = (): HealthIndicatorResult => ({ replicas: { status: 'up', ...replicas } });
    return this.health.check([database, replicaStates]);
  }
}
