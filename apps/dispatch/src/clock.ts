import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The service's notion of now. Every deadline (R-SLA-4 acknowledgement timers) and timestamp goes through it, so
 * an integration test can move time forward instead of waiting for it.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

/** One Clock per application. */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
