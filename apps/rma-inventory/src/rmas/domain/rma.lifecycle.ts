import type { RmaStatus, RmaType } from '@aftersales/contracts-rma-inventory';

/**
 * The guarded lifecycle of each kind of RMA (R-RMA-1). Pure. An advance replacement ships first and gets the faulty
 * unit back after (R-RMA-2, R-RMA-3); a 三包 return gets the goods back first (R-RMA-7); a DOA exchange ships the new
 * unit at once and collects the dead one like an advance replacement (R-WA-3: unconditional); a standby unit lent on
 * a visit starts delivered and is chased back (R-DS-5). `charged` is the unit not returned after the last chaser; a
 * late return is still received.
 */
type Table = Readonly<Partial<Record<RmaStatus, readonly RmaStatus[]>>>;

const REVIEW: Table = { requested: ['approved', 'rejected', 'cancelled'] };
const SHIP_FIRST: Table = {
  ...REVIEW,
  approved: ['shipped', 'cancelled'],
  shipped: ['delivered'],
  delivered: ['received', 'charged'],
  charged: ['received'],
  received: ['inspected'],
  inspected: ['closed'],
};

const TRANSITIONS: Readonly<Record<RmaType, Table>> = {
  'advance-replacement': SHIP_FIRST,
  'doa-exchange': SHIP_FIRST,
  'repair-and-return': { ...REVIEW, approved: ['received', 'cancelled'], received: ['inspected'], inspected: ['shipped'], shipped: ['delivered'], delivered: ['closed'] },
  'return-for-refund': { ...REVIEW, approved: ['received', 'cancelled'], received: ['inspected'], inspected: ['closed'] },
  'return-for-exchange': { ...REVIEW, approved: ['received', 'cancelled'], received: ['inspected'], inspected: ['shipped', 'closed'], shipped: ['delivered'], delivered: ['closed'] },
  'standby-loan': { delivered: ['received', 'charged'], charged: ['received'], received: ['closed'] },
};

export class IllegalRmaTransition extends Error {
  readonly code = 'RMA.ILLEGAL_TRANSITION';
  constructor(
    readonly type: RmaType,
    readonly from: RmaStatus,
    readonly to: RmaStatus,
    readonly allowed: readonly RmaStatus[],
  ) {
    super(`A ${from} ${type} RMA cannot become ${to}; allowed: ${allowed.join(', ') || 'none'}`);
  }
}

export function allowedTransitions(type: RmaType, from: RmaStatus): readonly RmaStatus[] {
  return TRANSITIONS[type][from] ?? [];
}

export function transitionRma(type: RmaType, from: RmaStatus, to: RmaStatus): RmaStatus {
  const allowed = allowedTransitions(type, from);
  if (!allowed.includes(to)) throw new IllegalRmaTransition(type, from, to, allowed);
  return to;
}

/** The first status of a new RMA: a loan is already with the customer. */
export function initialStatus(type: RmaType): RmaStatus {
  return type === 'standby-loan' ? 'delivered' : 'requested';
}

/** Kinds that ship a spare or replacement on approval, before anything comes back (R-RMA-2, R-WA-3 DOA). */
export function shipsOnApproval(type: RmaType): boolean {
  return type === 'advance-replacement' || type === 'doa-exchange';
}

/** Kinds whose unit the customer keeps until it is chased back (R-RMA-3, R-DS-5). */
export function runsReturnClock(type: RmaType): boolean {
  return shipsOnApproval(type) || type === 'standby-loan';
}

/** The 三包 purchase returns of R-RMA-7: the customer ships within 7 days, processing within 3-5 working days. */
export function isPurchaseReturn(type: RmaType): boolean {
  return type === 'return-for-refund' || type === 'return-for-exchange';
}

/** R-RMA-4: an exchange repair (the faulty unit repaired and sent back) is turned around in 72 working hours. */
export function runsTurnaround(type: RmaType): boolean {
  return type === 'repair-and-return';
}

export const OPEN_STATUSES: readonly RmaStatus[] = ['requested', 'approved', 'shipped', 'delivered', 'received', 'inspected', 'charged'];
