import { MigrationInterface, QueryRunner } from 'typeorm';

/** The owners a unit has had, oldest first: a transfer keeps the warranty with the unit and the history with us. */
export class UnitOwnership1732320003300 implements MigrationInterface {
  name = 'UnitOwnership1732320003300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE unit_ownership (
        id uuid PRIMARY KEY,
        serial_number text NOT NULL REFERENCES units (serial_number),
        from_customer_id uuid,
        to_customer_id uuid NOT NULL,
        transferred_on date NOT NULL,
        note text,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX unit_ownership_serial ON unit_ownership (serial_number, id)`);
    // Owners registered before the history existed: their registration is the first entry.
    await q.query(`
      INSERT INTO unit_ownership (id, serial_number, from_customer_id, to_customer_id, transferred_on, note, recorded_by, recorded_at)
      SELECT gen_random_uuid(), serial_number, NULL, customer_id, created_at::date, 'registered with the unit', 'migration', created_at
      FROM units WHERE customer_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE unit_ownership`);
  }
}
