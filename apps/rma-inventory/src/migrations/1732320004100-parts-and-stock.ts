import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Parts and stock (R-RMA-5): a parts catalogue with ranked substitutes, four kinds of warehouse each with its
 * calendar and time zone, reservations (and critical spares held per contract), transfers in transit, cycle
 * counts, minimum levels, serialised units with their history, loans; the ledger gains every kind of movement.
 * Stock is never negative: the CHECKs on stock_levels are the last word, whatever the code above them does.
 */
export class PartsAndStock1732320004100 implements MigrationInterface {
  name = 'PartsAndStock1732320004100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE warehouses DROP CONSTRAINT IF EXISTS warehouses_kind_check`);
    await q.query(`
      ALTER TABLE warehouses
        ADD CONSTRAINT warehouses_kind_check CHECK (kind IN ('central', 'branch', 'van', 'depot')),
        ADD COLUMN time_zone text NOT NULL DEFAULT 'Asia/Shanghai',
        ADD COLUMN calendar jsonb,
        ADD COLUMN engineer_id uuid,
        ADD COLUMN active boolean NOT NULL DEFAULT true,
        ADD COLUMN version int NOT NULL DEFAULT 1,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`
      ALTER TABLE spare_parts
        ADD COLUMN fits_models text[] NOT NULL DEFAULT '{}',
        ADD COLUMN serialised boolean NOT NULL DEFAULT false,
        ADD COLUMN unit_cost_minor bigint NOT NULL DEFAULT 0 CHECK (unit_cost_minor >= 0),
        ADD COLUMN currency text NOT NULL DEFAULT 'CNY',
        ADD COLUMN active boolean NOT NULL DEFAULT true,
        ADD COLUMN version int NOT NULL DEFAULT 1,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`
      CREATE TABLE part_substitutes (
        part_number text NOT NULL REFERENCES spare_parts (part_number),
        substitute_part_number text NOT NULL REFERENCES spare_parts (part_number),
        rank int NOT NULL CHECK (rank >= 1),
        PRIMARY KEY (part_number, substitute_part_number),
        UNIQUE (part_number, rank),
        CHECK (part_number <> substitute_part_number)
      )`);

    // A work order used to be allowed to take the balance below zero; from now on the ledger books the shortfall
    // as a count adjustment first (the part was used, so it was there), so lift any old negative balance the same way.
    await q.query(`
      INSERT INTO stock_ledger (id, warehouse_code, part_number, quantity_delta, reason, on_hand_after, at)
      SELECT gen_random_uuid(), warehouse_code, part_number, -on_hand, 'adjustment', 0, now() FROM stock_levels WHERE on_hand < 0`);
    await q.query(`UPDATE stock_levels SET on_hand = 0 WHERE on_hand < 0`);
    await q.query(`
      ALTER TABLE stock_levels
        ADD COLUMN reserved int NOT NULL DEFAULT 0,
        ADD COLUMN min_level int NOT NULL DEFAULT 0 CHECK (min_level >= 0),
        ADD COLUMN short_since timestamptz,
        ADD COLUMN version int NOT NULL DEFAULT 0,
        ADD CONSTRAINT stock_levels_never_negative CHECK (on_hand >= 0 AND reserved >= 0 AND reserved <= on_hand)`);
    await q.query(`CREATE INDEX stock_levels_part ON stock_levels (part_number)`);
    await q.query(`CREATE INDEX stock_levels_short ON stock_levels (warehouse_code, part_number) WHERE short_since IS NOT NULL`);

    await q.query(`ALTER TABLE stock_ledger DROP CONSTRAINT IF EXISTS stock_ledger_quantity_delta_check`);
    await q.query(`ALTER TABLE stock_ledger DROP CONSTRAINT IF EXISTS stock_ledger_reason_check`);
    await q.query(`
      ALTER TABLE stock_ledger
        ADD CONSTRAINT stock_ledger_reason_check CHECK (reason IN ('receipt', 'issue', 'transfer-out', 'transfer-in', 'reservation', 'release',
          'customer-return', 'supplier-return', 'scrap', 'adjustment', 'loan-out', 'loan-return')),
        ADD COLUMN reserved_delta int NOT NULL DEFAULT 0,
        ADD COLUMN reserved_after int NOT NULL DEFAULT 0,
        ADD COLUMN actor text NOT NULL DEFAULT 'system',
        ADD COLUMN note text,
        ADD COLUMN reference text,
        ADD COLUMN reservation_id uuid,
        ADD COLUMN transfer_id uuid,
        ADD COLUMN serial_number text`);
    await q.query(`CREATE INDEX stock_ledger_reference ON stock_ledger (reference) WHERE reference IS NOT NULL`);

    await q.query(`
      CREATE TABLE stock_reservations (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('reservation', 'contract-hold')),
        warehouse_code text NOT NULL REFERENCES warehouses (code),
        part_number text NOT NULL REFERENCES spare_parts (part_number),
        requested_part_number text NOT NULL,
        quantity int NOT NULL CHECK (quantity >= 0),
        status text NOT NULL CHECK (status IN ('active', 'released', 'issued')),
        contract_id uuid,
        case_id uuid,
        reference text NOT NULL,
        drawn_from_hold uuid REFERENCES stock_reservations (id),
        serial_numbers text[] NOT NULL DEFAULT '{}',
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX stock_reservations_reference ON stock_reservations (reference)`);
    await q.query(`CREATE INDEX stock_reservations_holds ON stock_reservations (contract_id, part_number) WHERE kind = 'contract-hold' AND status = 'active'`);

    await q.query(`
      CREATE TABLE stock_transfers (
        id uuid PRIMARY KEY,
        from_warehouse text NOT NULL REFERENCES warehouses (code),
        to_warehouse text NOT NULL REFERENCES warehouses (code),
        status text NOT NULL CHECK (status IN ('in-transit', 'received')),
        lines jsonb NOT NULL,
        note text,
        dispatched_by text NOT NULL,
        dispatched_at timestamptz NOT NULL,
        received_by text,
        received_at timestamptz,
        CHECK (from_warehouse <> to_warehouse)
      )`);

    await q.query(`
      CREATE TABLE stock_counts (
        id uuid PRIMARY KEY,
        warehouse_code text NOT NULL REFERENCES warehouses (code),
        lines jsonb NOT NULL,
        counted_by text NOT NULL,
        counted_at timestamptz NOT NULL,
        note text
      )`);

    await q.query(`
      CREATE TABLE serial_units (
        serial_number text PRIMARY KEY,
        part_number text NOT NULL REFERENCES spare_parts (part_number),
        status text NOT NULL CHECK (status IN ('in-stock', 'in-transit', 'with-customer', 'on-loan', 'faulty', 'scrapped', 'returned-to-supplier')),
        warehouse_code text REFERENCES warehouses (code),
        reservation_id uuid,
        reference text,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX serial_units_place ON serial_units (warehouse_code, part_number, status)`);
    await q.query(`
      CREATE TABLE serial_history (
        id uuid PRIMARY KEY,
        serial_number text NOT NULL REFERENCES serial_units (serial_number),
        movement text NOT NULL,
        status_after text NOT NULL,
        warehouse_code text,
        reference text,
        actor text NOT NULL,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX serial_history_serial ON serial_history (serial_number, at)`);

    await q.query(`
      CREATE TABLE stock_loans (
        id uuid PRIMARY KEY,
        warehouse_code text NOT NULL REFERENCES warehouses (code),
        part_number text NOT NULL REFERENCES spare_parts (part_number),
        serial_number text,
        quantity int NOT NULL CHECK (quantity > 0),
        reference text NOT NULL,
        status text NOT NULL CHECK (status IN ('on-loan', 'returned')),
        lent_by text NOT NULL,
        lent_at timestamptz NOT NULL,
        returned_to text,
        returned_at timestamptz
      )`);
    await q.query(`CREATE INDEX stock_loans_reference ON stock_loans (reference)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['stock_loans', 'serial_history', 'serial_units', 'stock_counts', 'stock_transfers', 'stock_reservations', 'part_substitutes']) {
      await q.query(`DROP TABLE ${t}`);
    }
    await q.query(`DROP INDEX stock_ledger_reference`);
    await q.query(`ALTER TABLE stock_ledger DROP CONSTRAINT stock_ledger_reason_check`);
    await q.query(`DELETE FROM stock_ledger WHERE reason NOT IN ('issue', 'receipt', 'adjustment')`);
    await q.query(`
      ALTER TABLE stock_ledger
        DROP COLUMN reserved_delta, DROP COLUMN reserved_after, DROP COLUMN actor, DROP COLUMN note, DROP COLUMN reference,
        DROP COLUMN reservation_id, DROP COLUMN transfer_id, DROP COLUMN serial_number,
        ADD CONSTRAINT stock_ledger_reason_check CHECK (reason IN ('issue', 'receipt', 'adjustment'))`);
    await q.query(`DROP INDEX stock_levels_short`);
    await q.query(`DROP INDEX stock_levels_part`);
    await q.query(`ALTER TABLE stock_levels DROP CONSTRAINT stock_levels_never_negative, DROP COLUMN reserved, DROP COLUMN min_level, DROP COLUMN short_since, DROP COLUMN version`);
    await q.query(`
      ALTER TABLE spare_parts DROP COLUMN fits_models, DROP COLUMN serialised, DROP COLUMN unit_cost_minor, DROP COLUMN currency,
        DROP COLUMN active, DROP COLUMN version, DROP COLUMN updated_at`);
    await q.query(`DELETE FROM stock_ledger WHERE warehouse_code IN (SELECT code FROM warehouses WHERE kind IN ('van', 'depot'))`);
    await q.query(`DELETE FROM stock_levels WHERE warehouse_code IN (SELECT code FROM warehouses WHERE kind IN ('van', 'depot'))`);
    await q.query(`DELETE FROM warehouses WHERE kind IN ('van', 'depot')`);
    await q.query(`
      ALTER TABLE warehouses DROP CONSTRAINT warehouses_kind_check, DROP COLUMN time_zone, DROP COLUMN calendar, DROP COLUMN engineer_id,
        DROP COLUMN active, DROP COLUMN version, DROP COLUMN updated_at,
        ADD CONSTRAINT warehouses_kind_check CHECK (kind IN ('central', 'branch'))`);
  }
}
