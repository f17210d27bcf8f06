import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { RowError, UnitCsvError, UnitImportRow, checkUnitRows, parseUnitCsv } from '../../domain/unit-import';
import { badUnitFile, isUniqueViolation, unitFileRejected, unitRegisteredMeanwhile } from '../../installed-base.errors';
import { ImportUnitsRequest, MAX_IMPORT_ROWS } from './import-units.request';

export interface ImportReport {
  rows: number;
  registered: number;
  rejected: number;
  /** One entry per refused row, by its line in the file (the header is line 1). */
  errors: RowError[];
}

/** Registers many units from a CSV file (R-WA-5) in one transaction; a bad row is reported, never registered in part. */
@Injectable()
export class ImportUnitsCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
  ) {}

  async execute(request: ImportUnitsRequest, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<ImportReport>> {
    let records;
    try {
      records = parseUnitCsv(request.csv);
    } catch (error) {
      if (error instanceof UnitCsvError) throw badUnitFile(error.message);
      throw error;
    }
    if (records.length > MAX_IMPORT_ROWS) throw badUnitFile(`${records.length} rows, at most ${MAX_IMPORT_ROWS} per file`);
    try {
      return await this.dataSource.transaction((m) =>
        this.idempotency.execute(m, { key: idempotencyKey, scope: `import-units:${user.sub}`, request }, async () => {
          const serials = [...new Set(records.map((r) => r.values.serialNumber?.trim()).filter(Boolean))];
          const models: { code: string }[] = await m.query(`SELECT code FROM product_models`);
          const registered: { serial_number: string }[] = await m.query(`SELECT serial_number FROM units WHERE serial_number = ANY($1::text[])`, [serials]);
          const { valid, rejected } = checkUnitRows(records, {
            productModels: new Set(models.map((r) => r.code)),
            registeredSerials: new Set(registered.map((r) => r.serial_number)),
          });
          if (request.mode === 'all-or-nothing' && rejected.length > 0) throw unitFileRejected(rejected.length, rejected);
          await insertUnits(m, valid, user.sub);
          return { status: 200, body: { rows: records.length, registered: valid.length, rejected: rejected.length, errors: rejected } };
        }),
      );
    } catch (error) {
      // A serial registered by someone else meanwhile: nothing of this file was kept, the retry will report it.
      if (isUniqueViolation(error)) throw unitRegisteredMeanwhile();
      throw error;
    }
  }
}

/** One statement per table, whatever the number of rows: arrays unnested by PostgreSQL. */
async function insertUnits(m: EntityManager, rows: UnitImportRow[], by: string): Promise<void> {
  if (rows.length === 0) return;
  const now = new Date();
  const ids = rows.map(() => uuidv7());
  const col = <K extends keyof UnitImportRow>(k: K) => rows.map((r) => r[k]);
  await m.query(
    `INSERT INTO units (id, serial_number, model_code, customer_id, purchase_date, delivery_date, acceptance_date, proof_type, created_at)
     SELECT u.id, u.serial, u.model, u.customer, u.purchase, u.delivery, u.acceptance, u.proof, $8
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::date[], $6::date[], $7::date[], $9::text[])
       AS u(id, serial, model, customer, purchase, delivery, acceptance, proof)`,
    [ids, col('serialNumber'), col('productModel'), col('customerId'), col('purchaseDate'), col('deliveryDate'), col('acceptanceDate'), now, col('proofType')],
  );
  const owned = rows.filter((r) => r.customerId);
  if (owned.length === 0) return;
  await m.query(
    `INSERT INTO unit_ownership (id, serial_number, from_customer_id, to_customer_id, transferred_on, note, recorded_by, recorded_at)
     SELECT o.id, o.serial, NULL, o.customer, o.since, 'registered with the unit', $5, $6
     FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::date[]) AS o(id, serial, customer, since)`,
    [
      owned.map(() => uuidv7()),
      owned.map((r) => r.serialNumber),
      owned.map((r) => r.customerId),
      owned.map((r) => r.purchaseDate ?? r.deliveryDate ?? now.toISOString().slice(0, 10)),
      by,
      now,
    ],
  );
}
