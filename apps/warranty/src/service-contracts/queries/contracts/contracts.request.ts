import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuery } from '@aftersales/platform-service-defaults';

export const listContractsQuery = z.strictObject({ serialNumber: z.string().trim().min(1).max(100).optional(), customerId: z.uuid().optional(), ...pageQuery });
export class ListContractsRequest extends createZodDto(listContractsQuery) {}
