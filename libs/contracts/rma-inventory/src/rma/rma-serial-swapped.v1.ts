import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';
import { rmaType } from './rma.values';

export const RmaSerialSwappedV1 = defineEvent({
  subject: 'aftersales.rma.rma.serial-swapped.v1',
  summary:
    "The customer's faulty unit was replaced by another serial: warranty's installed base follows, the replacement taking the remaining or a new warranty as the model's policy says (R-RMA-2, R-WA-3, R-WA-4).",
  schema: z.object({
    rmaId: z.uuid(),
    rmaNumber: z.string(),
    type: rmaType,
    caseId: z.uuid(),
    customerId: z.uuid().nullable(),
    productModel: z.string().nullable(),
    faultySerial: z.string(),
    replacementSerial: z.string(),
    swappedAt: isoDateTime,
  }),
  example: {
    rmaId: '0192f3a0-7c1e-7c3a-9a4e-0000000000f1',
    rmaNumber: 'RMA-20261123-000001',
    type: 'advance-replacement',
    caseId: '0192f3a0-7c1e-7c3a-9a4e-1f2b3c4d5e6f',
    customerId: '0192f3a0-7c1e-7c3a-9a4e-0000000000c9',
    productModel: 'PX-2000',
    faultySerial: 'SN-PX2000-0001',
    replacementSerial: 'SN-PX2000-0420',
    swappedAt: '2026-11-24T03:00:00.000Z',
  },
});
export type RmaSerialSwappedV1Data = z.infer<typeof RmaSerialSwappedV1.schema>;
