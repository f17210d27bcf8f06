import { IANAZone } from 'luxon';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const zone = z
  .string()
  .trim()
  .refine((z) => IANAZone.isValidZone(z), 'must be an IANA time zone such as Asia/Shanghai');

export const engineerDayQuery = z.strictObject({ timeZone: zone.optional().describe('Default: the engineer’s calendar zone, else UTC') });
export class EngineerDayRequest extends createZodDto(engineerDayQuery) {}
