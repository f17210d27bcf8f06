import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:mm');
const interval = z.strictObject({ start: hhmm, end: hhmm });
const localDate = z.iso.date();

/** A working calendar in the shared calendar library's shape (R-SLA-6); checked again by validateCalendar. */
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

const code = z.string().trim().min(1).max(50);
/** A work mobile: digits, optionally with a leading + (what the SMS gateways take). */
const phoneNumber = z.string().regex(/^\+?\d{6,20}$/, 'digits, optionally with a leading +');

export const putEngineerSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  homeBranch: z.string().trim().min(1).max(40).describe('Code of an existing org unit'),
  region: code,
  territories: z.array(code).max(50).default([]).describe('Regions served besides the home region'),
  skills: z.array(z.enum(['hardware', 'software', 'network', 'installation'])).min(1).max(10).describe('Fault types'),
  productLines: z.array(code).max(50).default([]).describe('Product-model prefixes (PX matches PX-2000); empty = every product'),
  level: z.number().int().min(1).max(5),
  expert: z.boolean().default(false).describe('Takes expert escalations (technical center)'),
  maxConcurrentOrders: z.number().int().min(1).max(100),
  calendar: calendarSchema.nullable().default(null).describe('Working calendar; null = 7x24'),
  leave: z
    .array(z.strictObject({ from: isoDateTime, to: isoDateTime, reason: z.string().trim().max(200).optional() }))
    .max(100)
    .default([])
    .refine((periods) => periods.every((p) => Date.parse(p.from) < Date.parse(p.to)), 'every leave period must end after it starts'),
  active: z.boolean().default(true),
  email: z.email().max(320).nullable().default(null).describe('Work email: the notifier mails SLA steps and R-SLA-4 reminders there'),
  phone: phoneNumber.nullable().default(null).describe('Work mobile: SMS and work-chat @-mentions'),
});
export class PutEngineerRequest extends createZodDto(putEngineerSchema) {}
