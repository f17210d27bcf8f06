import { EventContract } from '@aftersales/contracts-core';
import { OnEventOptions } from '../messaging.types';

export const ON_EVENT_METADATA = Symbol.for('aftersales:on-event');

export interface OnEventMetadata {
  contract: EventContract;
  options: OnEventOptions;
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
