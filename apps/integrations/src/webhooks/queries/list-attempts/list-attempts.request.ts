import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuery } from '@aftersales/platform-service-defaults';

export const listAttemptsQuery = z.strictObject({ deliveryId: z.uuid().optional().describe('The attempts of one delivery'), ...pageQuery });
export class ListAttemptsRequest extends createZodDto(listAttemptsQuery) {}
