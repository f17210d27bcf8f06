import { EventContract, EventData } from '@aftersales/contracts-core';

/**
 * An integration event decided by shared work-order logic (the assignment, the completion), handed back to the
 * command or handler that runs the transaction, which appends it with `OutboxService.append` (in this order).
 */
export interface PendingEvent<C extends EventContract = EventContract> {
  contract: C;
  input: { aggregateId: string; sequence: number; data: EventData<C> };
}

export function pendingEvent<C extends EventContract>(contract: C, input: PendingEvent<C>['input']): PendingEvent {
  return { contract, input } as PendingEvent;
}
