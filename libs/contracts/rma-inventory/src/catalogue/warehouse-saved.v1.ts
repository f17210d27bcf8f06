import { z } from 'zod';
import { defineEvent, isoDateTime } from '@aftersales/contracts-core';

export const WarehouseSavedV1 = defineEvent({
  subject: 'aftersales.rma.warehouse.saved.v1',
  summary: 'A warehouse (central, branch, engineer van or depot) was registered or changed, with its time zone (R-RMA-5).',
  schema: z.object({
    code: z.string(),
    name: z.string(),
    kind: z.enum(['central', 'branch', 'van', 'depot']),
    region: z.string().nullable(),
    timeZone: z.string(),
    ownCalendar: z.boolean().describe('False: the default Mon-Fri 09:00-17:00 calendar with official holidays'),
    engineerId: z.uuid().nullable(),
    active: z.boolean(),
    version: z.number().int().positive(),
    savedAt: isoDateTime,
  }),
  example: {
    code: 'BR-SH',
    name: 'Shanghai branch',
    kind: 'branch',
    region: 'east',
    timeZone: 'Asia/Shanghai',
    ownCalendar: false,
    engineerId: null,
    active: true,
    version: 1,
    savedAt: '2026-11-23T01:00:00.000Z',
  },
});
export type WarehouseSavedV1Data = z.infer<typeof WarehouseSavedV1.schema>;
