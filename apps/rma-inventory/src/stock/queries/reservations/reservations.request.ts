import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuery } from '@aftersales/platform-service-defaults';
import { code, reference } from '../../../http/codes';

export const reservationsQuery = z.strictObject({
  reference: reference.optional(),
  warehouse: code.optional(),
  partNumber: code.optional(),
  contractId: z.uuid().optional(),
  kind: z.enum(['reservation', 'contract-hold']).optional(),
  status: z.enum(['active', 'released', 'issued']).optional(),
  ...pageQuery,
});
export class ReservationsRequest extends createZodDto(reservationsQuery) {}
