import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuery } from '@aftersales/platform-service-defaults';
import { ENDPOINT_STATUSES } from '../../domain/endpoint-health';

export const listEndpointsQuery = z.strictObject({ status: z.enum(ENDPOINT_STATUSES).optional(), ...pageQuery });
export class ListEndpointsRequest extends createZodDto(listEndpointsQuery) {}
