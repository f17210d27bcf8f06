export * from './work-order/work-order-assigned.v1';
export * from './work-order/work-order-completed.v1';
export * from './work-order/work-order-queued.v1';
export * from './work-order/work-order-acknowledgement-reminded.v1';
export * from './work-order/work-order-customer-contacted.v1';
export * from './work-order/work-order-visit-incomplete.v1';
export * from './work-order/work-order-repeat-repair-flagged.v1';
