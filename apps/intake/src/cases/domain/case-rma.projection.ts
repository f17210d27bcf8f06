/**
 * What the case shows of its RMAs (R-RMA-2, R-RMA-3): waiting on parts while a spare is due, the shipment, the
 * return. Pure: built from rma-inventory's events, which may arrive out of order across consumers, so the status
 * follows the highest sequence seen and every other field is kept once known.
 */
export interface CaseRma {
  rmaId: string;
  rmaNumber: string;
  type: string;
  status: string;
  /** Seen sequence of the RMA (its version): a status from an older event never overwrites a newer one. */
  sequence: number;
  /** A spare or replacement approved and not yet with the customer. */
  waitingOnParts: boolean;
  spareDueBy: string | null;
  shipment: { carrier: string; trackingNumber: string; serialShipped: string; shippedAt: string } | null;
  deliveredAt: string | null;
  returnDueOn: string | null;
  returnedAt: string | null;
  inspection: string | null;
}

export type CaseRmaChange = Partial<Omit<CaseRma, 'rmaId' | 'rmaNumber' | 'type' | 'sequence' | 'waitingOnParts'>> & {
  rmaId: string;
  rmaNumber: string;
  type: string;
  sequence: number;
};

const SHIPS_FIRST = ['advance-replacement', 'doa-exchange'];

export function applyRmaChange(list: readonly CaseRma[], change: CaseRmaChange): CaseRma[] {
  const current = list.find((r) => r.rmaId === change.rmaId);
  const base: CaseRma = current ?? {
    rmaId: change.rmaId,
    rmaNumber: change.rmaNumber,
    type: change.type,
    status: 'requested',
    sequence: 0,
    waitingOnParts: false,
    spareDueBy: null,
    shipment: null,
    deliveredAt: null,
    returnDueOn: null,
    returnedAt: null,
    inspection: null,
  };
  const newer = change.sequence >= base.sequence;
  const { status, sequence, ...fields } = change;
  const known = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const next: CaseRma = { ...base, ...known, status: newer && status ? status : base.status, sequence: Math.max(base.sequence, sequence) };
  next.waitingOnParts = SHIPS_FIRST.includes(next.type) && ['approved', 'shipped'].includes(next.status) && next.deliveredAt === null;
  return current ? list.map((r) => (r.rmaId === change.rmaId ? next : r)) : [...list, next];
}
