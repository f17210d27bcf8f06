import { Controller, Get, Header, HttpCode, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { collectDefaultMetrics, register } from 'prom-client';
import { DataSource } from 'typeorm';
import { Public } from '@aftersales/platform-auth';
import { MessagingHealth } from '@aftersales/platform-messaging';
import { genericProblem } from '../http/problem-details';

// prom-client's default registry is per process; two apps in one test process must not register twice.
let defaultMetrics = false;

/** Below the usual probe timeout, so a hanging database reads as "not ready" rather than as a probe timeout. */
const READY_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

interface Reply {
  status(code: number): Reply;
  header(name: string, value: string): Reply;
  send(body: string): void;
}

/** Liveness, readiness (database and NATS) and Prometheus metrics; public, as probes and scrapers expect. */
@ApiExcludeController()
@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly messaging: MessagingHealth,
  ) {
    if (!defaultMetrics) {
      defaultMetrics = true;
      collectDefaultMetrics();
    }
  }

  /** The process answers: nothing else is checked, so a database outage does not restart every pod. */
  @Get('health/live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  @Get('health/ready')
  async ready(@Res() reply: Reply): Promise<void> {
    const database = await withTimeout(this.dataSource.query('SELECT 1'), READY_TIMEOUT_MS)
      .then(() => true)
      .catch(() => false);
    const { nats } = this.messaging.check();
    const checks = { database: database ? 'up' : 'down', nats: nats ? 'up' : 'down' };
    if (database && nats) {
      reply.status(200).header('content-type', 'application/json').send(JSON.stringify({ status: 'ready', checks }));
      return;
    }
    // Answered here rather than thrown: a probe failing every few seconds is not an error to log.
    const problem = { ...genericProblem(503, 'A dependency is down'), checks };
    reply.status(503).header('content-type', 'application/problem+json').send(JSON.stringify(problem));
  }

  @Get('metrics')
  @Header('content-type', register.contentType)
  metrics() {
    return register.metrics();
  }
}
