import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const PartSavedV1 = defineEvent({
  subject: 'aftersales.rma.part.saved.v1',
  summary: 'A spare part was added to the catalogue or changed: the models it fits, its ranked substitutes, its cost (R-RMA-5).',
  schema: z.object({
    partNumber: z.string(),
    description: z.string(),
    fitsModels: z.array(z.string()),
    substitutes: z.array(z.object({ partNumber: z.string(), rank: z.number().int().positive() })).describe('Equivalent or better, rank 1 first'),
    serialised: z.boolean(),
    unitCost: z.object({ amountMinor: z.number().int().nonnegative(), currency: z.string() }),
    critical: z.boolean(),
    active: z.boolean(),
    version: z.number().int().positive(),
    savedAt: isoDateTime,
  }),
  example: {
    partNumber: 'PSU-500W',
    description: '500 W power supply unit',
    fitsModels: ['PX-2000', 'PX-3000'],
    substitutes: [{ partNumber: 'PSU-550W', rank: 1 }],
    serialised: true,
    unitCost: { amountMinor: 45000, currency: 'CNY' },
    critical: true,
    active: true,
    version: 2,
    savedAt: '2026-11-23T01:00:00.000Z',
  },
});
export type PartSavedV1Data = z.infer<typeof PartSavedV1.schema>;
