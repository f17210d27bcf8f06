import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { WAREHOUSE_KINDS } from '../../domain/stock.types';
import { code } from '../../../http/codes';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:mm');
const interval = z.strictObject({ start: hhmm, end: hhmm });
const localDate = z.iso.date();

/** A business calendar in the shared calendar library's shape (R-SLA-6); checked again by validateCalendar. */
export const calendarSchema = z.strictObject({
  id: z.string().trim().min(1).max(100),
  timeZone: z.string().trim().min(1).max(100),
  versions: z
    .array(
      z.strictObject({
        effectiveFrom: localDate.nullable(),
        weekly: z.partialRecord(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']), z.array(interval).max(10)),
        holidays: z.array(z.strictObject({ date: localDate, name: z.string().max(100) })).max(200).default([]),
        makeUpWorkdays: z.array(z.strictObject({ date: localDate, name: z.string().max(100), intervals: z.array(interval).max(10).optional() })).max(100).default([]),
      }),
    )
    .min(1)
    .max(20),
});

export const putWarehouseSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(WAREHOUSE_KINDS),
  region: code.nullable().default(null).describe('The region a branch (or depot, or van) serves'),
  timeZone: z.string().trim().min(1).max(100).default('Asia/Shanghai').describe('IANA time zone'),
  calendar: calendarSchema.nullable().default(null).describe('Its business calendar; null: Mon-Fri 09:00-17:00 with the official holidays and make-up days (R-RMA-2)'),
  engineerId: z.uuid().nullable().default(null).describe('The engineer whose van this is'),
  active: z.boolean().default(true),
});
export class PutWarehouseRequest extends createZodDto(putWarehouseSchema) {}
