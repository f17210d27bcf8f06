import { MigrationInterface, QueryRunner } from 'typeorm';

/** The serial swaps of RMAs (R-RMA-2, R-WA-3, R-WA-4) and each model's policy for the replacement's warranty. */
export class UnitSwaps1732320003700 implements MigrationInterface {
  name = 'UnitSwaps1732320003700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE product_models ADD COLUMN replacement_warranty text NOT NULL DEFAULT 'remaining' CHECK (replacement_warranty IN ('remaining', 'new'))`);
    await q.query(`
      CREATE TABLE unit_swaps (
        id uuid PRIMARY KEY,
        rma_id uuid NOT NULL UNIQUE,
        rma_number text NOT NULL,
        case_id uuid NOT NULL,
        faulty_serial text NOT NULL,
        replacement_serial text NOT NULL,
        replacement_warranty text NOT NULL CHECK (replacement_warranty IN ('remaining', 'new')),
        swapped_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX unit_swaps_faulty ON unit_swaps (faulty_serial)`);
    await q.query(`CREATE INDEX unit_swaps_replacement ON unit_swaps (replacement_serial)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE unit_swaps`);
    await q.query(`ALTER TABLE product_models DROP COLUMN replacement_warranty`);
  }
}
