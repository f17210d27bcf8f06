import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';

export const proposeAppointmentSchema = z.strictObject({ slotStart: isoDateTime, slotEnd: isoDateTime, note: z.string().trim().max(1000).optional() });
export class ProposeAppointmentRequest extends createZodDto(proposeAppointmentSchema) {}
