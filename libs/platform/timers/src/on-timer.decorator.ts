export const ON_TIMER_METADATA = Symbol.for('aftersales:on-timer');

/**
 * Binds a provider method to a timer kind: `(timer, ctx) => Promise<void>`. It runs inside the transaction that
 * marks the timer fired; throwing rolls its effects back and retries the timer with backoff.
 */
export function OnTimer(kind: string): MethodDecorator {
  return (target, propertyKey) => {
    Reflect.defineMetadata(ON_TIMER_METADATA, kind, target, propertyKey);
  };
}
