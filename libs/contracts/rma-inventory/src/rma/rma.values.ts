import { z } from 'zod';
import { isoDate } from '@aftersales/contracts-core';

/**
 * R-RMA-1 kinds of RMA, with the two 三包 purchase returns of R-RMA-7 and the standby unit lent on a visit (R-DS-5),
 * which is chased back like any return.
 */
export const rmaType = z.enum(['repair-and-return', 'advance-replacement', 'doa-exchange', 'return-for-refund', 'return-for-exchange', 'standby-loan']);
export type RmaType = z.infer<typeof rmaType>;

export const rmaStatus = z.enum([
  'requested',
  'approved',
  'rejected',
  'shipped',
  'delivered',
  'received',
  'inspected',
  'charged',
  'closed',
  'cancelled',
]);
export type RmaStatus = z.infer<typeof rmaStatus>;

/** The deadlines an RMA runs (R-RMA-2, R-RMA-4, R-RMA-7). */
export const rmaClock = z.enum(['review', 'ship-by', 'turnaround', 'processing', 'customer-shipment']);
export type RmaClock = z.infer<typeof rmaClock>;

/** R-RMA-8: who pays the shipping, and the rule outcome that decided it. */
export const shippingPayer = z.object({
  payer: z.enum(['company', 'customer']),
  rule: z.string().describe('The R-RMA-8 outcome in words, e.g. "R-RMA-8: quality problem: the company pays all shipping"'),
});

export const inspectionResult = z.enum(['no-fault-found', 'fault-confirmed', 'damaged']);
export type InspectionResult = z.infer<typeof inspectionResult>;

/** Why a unit or part comes back; R-RMA-8 reads it to decide who pays the shipping. */
export const rmaReasonCode = z.enum(['hardware-fault', 'defective-on-arrival', 'quality-problem', 'not-as-described', 'customer-damage', 'changed-mind', 'loan-return', 'other']);
export type RmaReasonCode = z.infer<typeof rmaReasonCode>;

export const rmaLine = z.object({
  lineNo: z.number().int().positive(),
  kind: z.enum(['unit', 'part']),
  serialNumber: z.string().nullable(),
  partNumber: z.string().nullable(),
  quantity: z.number().int().positive(),
  reasonCode: rmaReasonCode,
});

/** What every event of the return clock says (R-RMA-3). */
export const returnClockFields = {
  rmaId: z.uuid(),
  rmaNumber: z.string(),
  type: rmaType,
  caseId: z.uuid(),
  customerId: z.uuid().nullable(),
  serialNumber: z.string().describe('The faulty (or lent) unit the customer is to send back'),
  returnDueOn: isoDate,
};
