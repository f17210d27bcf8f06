import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What GET /v1/cases filters on. Free text (case number, symptoms, serial) is `ILIKE '%…%'` served by pg_trgm GIN
 * indexes, which index Chinese as well as Latin text (故障现象 such as 屏幕不亮); the equality filters get
 * (column, id) indexes so a filtered page in id order reads only its own rows.
 */
export class CaseSearchIndexes1732320001510 implements MigrationInterface {
  name = 'CaseSearchIndexes1732320001510';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE INDEX cases_case_number_trgm ON cases USING gin (case_number gin_trgm_ops)`);
    await q.query(`CREATE INDEX cases_symptoms_trgm ON cases USING gin (symptoms gin_trgm_ops)`);
    await q.query(`CREATE INDEX cases_serial_trgm ON cases USING gin (serial_number gin_trgm_ops)`);
    await q.query(`CREATE INDEX cases_priority ON cases (priority, id)`);
    await q.query(`CREATE INDEX cases_category ON cases (category, id)`);
    await q.query(`CREATE INDEX cases_product_model ON cases (product_model, id)`);
    await q.query(`CREATE INDEX cases_channel ON cases (channel, id)`);
    await q.query(`CREATE INDEX cases_created_at ON cases (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of ['cases_created_at', 'cases_channel', 'cases_product_model', 'cases_category', 'cases_priority', 'cases_serial_trgm', 'cases_symptoms_trgm', 'cases_case_number_trgm']) {
      await q.query(`DROP INDEX ${index}`);
    }
  }
}
