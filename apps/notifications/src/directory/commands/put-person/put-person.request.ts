import { IANAZone } from 'luxon';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CHANNELS, CLOCK_TIME, LANGUAGES } from '../../domain/directory';

export const putPersonSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320).nullable().default(null),
  phone: z
    .string()
    .regex(/^\+?\d{6,20}$/, 'digits, optionally with a leading +')
    .nullable()
    .default(null),
  preferredChannel: z.enum(CHANNELS),
  language: z.enum(LANGUAGES),
  timeZone: z.string().refine((z) => IANAZone.isValidZone(z), 'an IANA time zone such as Asia/Shanghai'),
  quietHours: z
    .strictObject({ start: z.string().regex(CLOCK_TIME, 'HH:mm'), end: z.string().regex(CLOCK_TIME, 'HH:mm') })
    .nullable()
    .default(null)
    .describe('e.g. 22:00-08:00 in their time zone: SMS below P2 waits for the morning digest'),
  authSubject: z.string().min(1).max(200).nullable().default(null).describe('Their login subject: whose in-app inbox this is'),
  externalIds: z.array(z.string().min(1).max(200)).max(20).default([]).describe('Ids events name them by, e.g. dispatch engineer id'),
});
export class PutPersonRequest extends createZodDto(putPersonSchema) {}
