import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { UNIT_CSV_COLUMNS } from '../../domain/unit-import';

/** The largest file one request may carry, in rows: a bigger installed base is imported in several files. */
export const MAX_IMPORT_ROWS = 50_000;

export const importUnitsSchema = z.strictObject({
  csv: z
    .string()
    .min(1)
    .describe(`CSV text with a header line; columns ${UNIT_CSV_COLUMNS.join(', ')} (serialNumber, productModel and proofType required; empty cell = no value)`),
  mode: z
    .enum(['valid-rows', 'all-or-nothing'])
    .default('valid-rows')
    .describe('valid-rows: register the good rows and report the bad ones; all-or-nothing: any bad row refuses the whole file (422)'),
});
export class ImportUnitsRequest extends createZodDto(importUnitsSchema) {}
