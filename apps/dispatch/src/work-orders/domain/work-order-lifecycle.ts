/** Work-order statuses and their transitions. Pure. */
export const WORK_ORDER_STATUSES = ['queued', 'assigned', 'in-progress', 'completed', 'cancelled'] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

const TRANSITIONS: Readonly<Record<WorkOrderStatus, readonly WorkOrderStatus[]>> = {
  queued: ['assigned', 'cancelled'],
  assigned: ['in-progress', 'completed', 'assigned', 'queued', 'cancelled'],
  'in-progress': ['completed', 'assigned', 'queued', 'cancelled'],
  completed: [],
  cancelled: [],
};

export class IllegalWorkOrderTransition extends Error {
  readonly code = 'DISPATCH.ILLEGAL_TRANSITION';
  constructor(
    readonly from: WorkOrderStatus,
    readonly to: WorkOrderStatus,
    readonly allowed: readonly WorkOrderStatus[],
  ) {
    super(`A ${from} work order cannot become ${to}; allowed: ${allowed.join(', ') || 'none'}`);
  }
}

export function transitionWorkOrder(from: WorkOrderStatus, to: WorkOrderStatus): WorkOrderStatus {
  if (!TRANSITIONS[from].includes(to)) throw new IllegalWorkOrderTransition(from, to, TRANSITIONS[from]);
  return to;
}

/** Statuses of an order still being worked: it can be assigned, reassigned or escalated. */
export const OPEN_WORK_ORDER_STATUSES = ['queued', 'assigned', 'in-progress'] as const satisfies readonly WorkOrderStatus[];

export function isOpen(status: WorkOrderStatus): boolean {
  return (OPEN_WORK_ORDER_STATUSES as readonly WorkOrderStatus[]).includes(status);
}
