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
  startOn: z
    .enum(['remote-requested', 'on-site-requested'])
    .optional()
    .describe('R-SLA-1: the clock starts when dispatch is asked for remote assistance or an on-site visit, not at the opening'),
});

const clocks = z.array(clockDefinition).max(10).refine((list) => new Set(list.map((c) => c.clock)).size === list.length, 'two clocks share a name');

const engineerResponse = z
  .strictObject({
    windowMinutesByPriority: z.strictObject({ P1: minutes, P2: minutes, P3: minutes, P4: minutes }),
    ladder: z
      .array(z.strictObject({ afterMinutes: minutes, reassign: z.boolean() }))
      .max(10)
      .refine((l) => l.every((r, i) => i === 0 || r.afterMinutes > l[i - 1].afterMinutes), 'ladder rungs in increasing minutes'),
  })
  .describe('R-SLA-2: the engineer contacts the customer within the window of the case priority; R-SLA-4: reminders (and a reassignment) at these minutes after assignment');

export const slaPlanSchema = z.strictObject({
  name: z.string().min(1).max(120),
  calendarId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
  clocks: z.strictObject({ P1: clocks, P2: clocks, P3: clocks, P4: clocks }),
  engineerResponse: engineerResponse.optional(),
});
export class PutSlaPlanRequest extends createZodDto(slaPlanSchema) {}
