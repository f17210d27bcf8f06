import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const minutes = z.number().int().positive().max(366 * 24 * 60);
const role = z.string().regex(/^[a-z][a-z0-9-]{1,63}$/, 'a role name in kebab-case');

const escalationStep = z.strictObject({
  at: z.union([
    z.strictObject({ percentOfTarget: z.number().positive().max(100) }),
    z.strictObject({ afterBreachMinutes: minutes }),
  ]),
  action: z.enum(['warn', 'notify', 'escalate', 'reassign']),
  level: z.number().int().min(0).max(10),
  notifyRoles: z.array(role).min(1).max(20),
  notifyAssignee: z.boolean().optional(),
  reactWithinMinutes: minutes.optional(),
  reason: z.string().min(1).max(300),
});

const clockDefinition = z.strictObject({
  clock: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'a clock name in kebab-case'),
  targetMinutes: minutes,
  targetMinutesByChannel: z.record(z.string().min(1).max(40), minutes).optional(),
  calendar: z.enum(['business', '24x7']),
  pauseOn: z.array(z.string().min(1).max(40)).max(10),
  stopOn: z.array(z.string().min(1).max(40)).min(1).max(20),
  escalation: z.array(escalationStep).max(10),
  rule: z.string().min(1).max(300),
});

const clocks = z.array(clockDefinition).max(10).refine((list) => new Set(list.map((c) => c.clock)).size === list.length, 'two clocks share a name');

export const slaPlanSchema = z.strictObject({
  name: z.string().min(1).max(120),
  calendarId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
  clocks: z.strictObject({ P1: clocks, P2: clocks, P3: clocks, P4: clocks }),
});
export class PutSlaPlanRequest extends createZodDto(slaPlanSchema) {}

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
        holidays: z.array(z.strictObject({ date, name: z.string().min(1).max(80) })).max(200),
        makeUpWorkdays: z.array(z.strictObject({ date, name: z.string().min(1).max(80), intervals: z.array(interval).max(6).optional() })).max(100),
      }),
    )
    .min(1)
    .max(20),
});
export class PutCalendarRequest extends createZodDto(calendarSchema) {}

export const reactionSchema = z.strictObject({
  note: z.string().min(1).max(2000).optional().describe('What the manager did about it'),
});
export class EscalationReactionRequest extends createZodDto(reactionSchema) {}

export const milestoneSchema = z.strictObject({
  milestone: z.enum(['diagnosed', 'on-site']).describe('diagnosed: the fault is identified (meets the R-SLA-3 diagnosis clock); on-site: the engineer arrived (R-SLA-1 premium)'),
  note: z.string().min(1).max(2000).optional(),
});
export class MilestoneRequest extends createZodDto(milestoneSchema) {}
