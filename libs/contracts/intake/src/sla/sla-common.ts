import { z } from 'zod';

/** Who a ladder notification is for (R-SLA-7): roles resolved by the notifier, and named users. */
export const slaRecipients = z.object({
  roles: z.array(z.string()).describe('e.g. engineer, response-center-manager, technical-manager, general-manager'),
  users: z.array(z.string()).describe('Named users, e.g. the assigned engineer'),
  assignee: z
    .object({ id: z.string(), name: z.string().nullable() })
    .optional()
    .describe('The engineer working the case, by name when intake knows it (issue #15), when the step tells them'),
  channels: z.array(z.enum(['email', 'sms'])).describe('R-SLA-7: every ladder notification goes by email and SMS'),
});

export const slaClockRef = {
  caseId: z.uuid(),
  caseNumber: z.string(),
  priority: z.enum(['P1', 'P2', 'P3', 'P4']),
  planCode: z.string().describe('The SLA plan the clock runs under, e.g. standard or premium-7x24'),
  clock: z.string().describe('The clock of the plan, e.g. response, diagnosis, resolution, on-site'),
  targetMinutes: z.number().int().positive(),
  calendarId: z.string(),
  rule: z.string().describe('The domain rule that set the target, e.g. R-SLA-3'),
};
