import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';

export const arriveOnSiteSchema = z.strictObject({ arrivedAt: isoDateTime.optional().describe('Defaults to now') });
export class ArriveOnSiteRequest extends createZodDto(arriveOnSiteSchema) {}
