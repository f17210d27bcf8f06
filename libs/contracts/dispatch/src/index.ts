export * from './work-order/work-order-assigned.v1';
export * from './work-order/work-order-completed.v1';
