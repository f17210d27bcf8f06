import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';

export const rescheduleAppointmentSchema = z.strictObject({ slotStart: isoDateTime, slotEnd: isoDateTime, reason: z.string().trim().min(1).max(1000) });
export class RescheduleAppointmentRequest extends createZodDto(rescheduleAppointmentSchema) {}
