import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';

/** R-IG-5: one message (its event id), or every event of a time range (`until` excluded, default now). */
export const replayDeliveriesSchema = z
  .strictObject({
    eventId: z.uuid().optional().describe('The webhook-id of the one message to send again'),
    since: isoDateTime.optional().describe('Every event at or after this time'),
    until: isoDateTime.optional().describe('...and before this time'),
  })
  .refine((r) => (r.eventId === undefined) !== (r.since === undefined), { message: 'give either eventId or since', path: ['eventId'] })
  .refine((r) => r.until === undefined || (r.since !== undefined && new Date(r.until) > new Date(r.since)), { message: 'until must come with since, and after it', path: ['until'] });
export class ReplayDeliveriesRequest extends createZodDto(replayDeliveriesSchema) {}
