import { z } from 'zod';
import { EventContract, ServiceName, streamSubjects } from '@aftersales/contracts-core';
import { OnEventOptions } from '../messaging.types';

export const ON_EVENT_METADATA = Symbol.for('aftersales:on-event');

export interface OnEventMetadata {
  contract: EventContract;
  options: OnEventOptions;
  /** Every event of the producer's stream (OnStream), not one contract. */
  wholeStream?: boolean;
}

/**
 * Binds a provider method to an event: `(event, ctx) => Promise<void>`. The method runs inside a transaction
 * (`ctx.manager`) together with the inbox row; validation, dedupe, ack/nak/term, dead letters and tracing
 * happen around it, once, in this library (docs/architecture.md, convention 5).
 */
export function OnEvent(contract: EventContract, options: OnEventOptions = {}): MethodDecorator {
  return (target, propertyKey) => {
    Reflect.defineMetadata(ON_EVENT_METADATA, { contract, options } satisfies OnEventMetadata, target, propertyKey);
  };
}

export function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[_\s]+/g, '-').toLowerCase();
}

/**
 * Binds a provider method to EVERY event of a producer's stream (`aftersales.intake.>`): one durable consumer with
 * one filter subject (NATS 2.9 allows one per consumer). For relays of events as they are (the integrations
 * service's webhooks): the envelope is validated, `data` is handed over unparsed, and the inbox, ack/nak/term, dead
 * letters and tracing are the same as for @OnEvent.
 */
export function OnStream(producer: ServiceName, options: OnEventOptions = {}): MethodDecorator {
  const contract: EventContract = Object.freeze({
    subject: streamSubjects(producer),
    producer,
    entity: '*',
    event: '*',
    version: 0,
    summary: `Every event of the ${producer} stream`,
    schema: z.unknown(),
    example: null,
  });
  return (target, propertyKey) => {
    Reflect.defineMetadata(ON_EVENT_METADATA, { contract, options, wholeStream: true } satisfies OnEventMetadata, target, propertyKey);
  };
}
