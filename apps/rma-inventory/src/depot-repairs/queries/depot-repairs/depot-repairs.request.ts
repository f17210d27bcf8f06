import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { depotRepairStep } from '@aftersales/contracts-rma-inventory';
import { pageQuery } from '@aftersales/platform-service-defaults';

export const listDepotRepairsQuery = z.strictObject({ caseId: z.uuid().optional(), status: depotRepairStep.optional(), ...pageQuery });
export class ListDepotRepairsRequest extends createZodDto(listDepotRepairsQuery) {}
