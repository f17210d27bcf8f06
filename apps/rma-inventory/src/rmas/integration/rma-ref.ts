import { RmaEntity } from '../infrastructure/rma.entities';

/** The fields every RMA event starts with. */
export const rmaRef = (r: RmaEntity) => ({ rmaId: r.id, rmaNumber: r.rmaNumber, type: r.type, caseId: r.caseId });

/** The return-clock fields (R-RMA-3). */
export const returnRef = (r: RmaEntity) => ({ ...rmaRef(r), customerId: r.customerId, serialNumber: r.serialNumber, returnDueOn: r.returnDueOn as string });
