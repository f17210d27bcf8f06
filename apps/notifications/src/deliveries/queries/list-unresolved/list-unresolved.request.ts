import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuery } from '@aftersales/platform-service-defaults';

export const listUnresolvedQuery = z.strictObject({ caseId: z.uuid().optional(), ...pageQuery });
export class ListUnresolvedRequest extends createZodDto(listUnresolvedQuery) {}
