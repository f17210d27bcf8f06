import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const confirmAppointmentSchema = z.strictObject({ confirmedBy: z.string().trim().min(1).max(200).describe('Who agreed, on the customer’s side') });
export class ConfirmAppointmentRequest extends createZodDto(confirmAppointmentSchema) {}
