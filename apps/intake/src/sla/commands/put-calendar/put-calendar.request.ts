import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:mm');
const interval = z.strictObject({ start: hhmm, end: hhmm });
const date = z.iso.date();
const day = z.array(interval).max(6).optional();

export const calendarSchema = z.strictObject({
  timeZone: z.string().min(1).max(64).describe('IANA time zone of the sites the calendar serves, e.g. Asia/Shanghai'),
  versions: z
    .array(
      z.strictObject({
        effectiveFrom: date.nullable(),
        weekly: z.strictObject({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day }),
        holidays: z.array(z.strictObject({ date, name: z.string().min(1).max(80) })).max(1000),
        makeUpWorkdays: z.array(z.strictObject({ date, name: z.string().min(1).max(80), intervals: z.array(interval).max(6).optional() })).max(300),
      }),
    )
    .min(1)
    .max(20),
  // What GET answers may be sent back as it is: this read-only flag is ignored (R-SLA-6).
  nextYearScheduleMissing: z.boolean().optional().describe('Read-only (from GET); ignored'),
});
export class PutCalendarRequest extends createZodDto(calendarSchema) {}
