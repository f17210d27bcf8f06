import { CsvError, parse } from 'csv-parse/sync';
import { z } from 'zod';

/**
 * Bulk registration of units from a CSV file (R-WA-5): every row is checked on its own and reported by its line;
 * a bad row is never registered in part.
 */

export const UNIT_CSV_COLUMNS = ['serialNumber', 'productModel', 'customerId', 'purchaseDate', 'deliveryDate', 'acceptanceDate', 'proofType'] as const;
export const REQUIRED_UNIT_CSV_COLUMNS = ['serialNumber', 'productModel', 'proofType'] as const;
export type UnitCsvColumn = (typeof UNIT_CSV_COLUMNS)[number];

/** An empty cell is no value. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === undefined ? null : v), schema.nullable());

const unitRowSchema = z
  .object({
    serialNumber: z.string().trim().min(1, 'is required').max(100),
    productModel: z.string().trim().min(1, 'is required').max(64),
    customerId: optional(z.uuid()),
    purchaseDate: optional(z.iso.date()),
    deliveryDate: optional(z.iso.date()),
    acceptanceDate: optional(z.iso.date()),
    proofType: z.enum(['invoice', 'warranty-card', 'none']),
  })
  .superRefine((row, ctx) => {
    if (row.purchaseDate && row.deliveryDate && row.deliveryDate < row.purchaseDate) {
      ctx.addIssue({ code: 'custom', path: ['deliveryDate'], message: `is before the purchase date ${row.purchaseDate}` });
    }
    if (row.deliveryDate && row.acceptanceDate && row.acceptanceDate < row.deliveryDate) {
      ctx.addIssue({ code: 'custom', path: ['acceptanceDate'], message: `is before the delivery date ${row.deliveryDate}` });
    }
  });
export type UnitImportRow = z.infer<typeof unitRowSchema> & { line: number };

export interface RowError {
  /** Line in the file (the header is line 1). */
  line: number;
  serialNumber: string | null;
  errors: { field: string; message: string }[];
}

export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

export class UnitCsvError extends Error {}

/** Parses the file; a file that is not CSV or lacks a required column is refused as a whole. */
export function parseUnitCsv(text: string): CsvRecord[] {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, info: true }) as typeof rows;
  } catch (error) {
    if (error instanceof CsvError) throw new UnitCsvError(`not a valid CSV file: ${error.message}`);
    throw error;
  }
  if (rows.length === 0) throw new UnitCsvError('the file has no rows after its header');
  const header = Object.keys(rows[0].record);
  const unknown = header.filter((h) => !(UNIT_CSV_COLUMNS as readonly string[]).includes(h));
  const missing = REQUIRED_UNIT_CSV_COLUMNS.filter((c) => !header.includes(c));
  if (unknown.length || missing.length) {
    const problems = [missing.length ? `missing column(s) ${missing.join(', ')}` : '', unknown.length ? `unknown column(s) ${unknown.join(', ')}` : ''].filter(Boolean);
    throw new UnitCsvError(`${problems.join('; ')}; the columns are ${UNIT_CSV_COLUMNS.join(', ')}`);
  }
  return rows.map((r) => ({ line: r.info.lines, values: r.record }));
}

/**
 * Checks every row: its fields, a known product model, a serial registered neither before nor earlier in the file.
 * Returns the rows to register and one error entry per refused row.
 */
export function checkUnitRows(
  records: readonly CsvRecord[],
  known: { productModels: ReadonlySet<string>; registeredSerials: ReadonlySet<string> },
): { valid: UnitImportRow[]; rejected: RowError[] } {
  const valid: UnitImportRow[] = [];
  const rejected: RowError[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of records) {
    const parsed = unitRowSchema.safeParse(values);
    const serialNumber = values.serialNumber?.trim() || null;
    const errors: RowError['errors'] = parsed.success ? [] : parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(row)', message: i.message }));
    if (parsed.success) {
      const row = parsed.data;
      if (!known.productModels.has(row.productModel)) errors.push({ field: 'productModel', message: `product model ${row.productModel} is not registered` });
      if (known.registeredSerials.has(row.serialNumber)) errors.push({ field: 'serialNumber', message: `unit ${row.serialNumber} is already registered` });
      const first = seen.get(row.serialNumber);
      if (first !== undefined) errors.push({ field: 'serialNumber', message: `serial ${row.serialNumber} already appears on line ${first}` });
      else seen.set(row.serialNumber, line);
      if (errors.length === 0) valid.push({ ...row, line });
    }
    if (errors.length) rejected.push({ line, serialNumber, errors });
  }
  return { valid, rejected };
}
