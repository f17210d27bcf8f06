import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';

interface FastifyLike {
  server: { listening: boolean };
  addHook(name: 'onSend', hook: (req: unknown, reply: { header(name: string, value: string): unknown }, payload: unknown) => Promise<unknown>): void;
  close(): Promise<void>;
}

/**
 * First step of a graceful shutdown: stop taking HTTP requests and let the ones in flight finish, before Nest's
 * later hooks stop the messaging backbone (beforeApplicationShutdown) and close the database (onApplicationShutdown).
 * onModuleDestroy runs before both.
 */
@Injectable()
export class HttpDrain implements OnModuleInit, OnModuleDestroy {
  private draining = false;
  private readonly logger = new Logger('Shutdown');

  constructor(private readonly host: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.fastify();
    // A keep-alive connection would otherwise hold the server open until its idle timeout.
    fastify?.addHook('onSend', async (_req, reply, payload) => {
      if (this.draining) reply.header('connection', 'close');
      return payload;
    });
  }

  async onModuleDestroy(): Promise<void> {
    const fastify = this.fastify();
    if (!fastify?.server.listening) return;
    this.draining = true;
    await fastify.close();
    this.logger.log('HTTP closed; in-flight requests finished');
  }

  private fastify(): FastifyLike | undefined {
    return this.host.httpAdapter?.getInstance<FastifyLike>();
  }
}
