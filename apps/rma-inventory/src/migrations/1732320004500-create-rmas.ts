import { MigrationInterface, QueryRunner } from 'typeorm';

/** RMAs, their lines and their history (R-RMA-1..4, R-RMA-7, R-RMA-8, R-DS-5). */
export class CreateRmas1732320004500 implements MigrationInterface {
  name = 'CreateRmas1732320004500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE rma_number_seq`);
    await q.query(`
      CREATE TABLE rmas (
        id uuid PRIMARY KEY,
        rma_number text NOT NULL UNIQUE,
        type text NOT NULL CHECK (type IN ('repair-and-return', 'advance-replacement', 'doa-exchange', 'return-for-refund', 'return-for-exchange', 'standby-loan')),
        status text NOT NULL CHECK (status IN ('requested', 'approved', 'rejected', 'shipped', 'delivered', 'received', 'inspected', 'charged', 'closed', 'cancelled')),
        source text NOT NULL CHECK (source IN ('warranty', 'agent', 'dispatch')),
        case_id uuid NOT NULL,
        decision_id uuid,
        work_order_id uuid,
        serial_number text NOT NULL,
        product_model text,
        customer_id uuid,
        region text,
        fault_cause text,
        shipping_payer text NOT NULL CHECK (shipping_payer IN ('company', 'customer')),
        shipping_rule text NOT NULL,
        opened_by text NOT NULL,
        opened_at timestamptz NOT NULL,
        review_due_at timestamptz,
        decided_by text,
        decision_reason text,
        decided_at timestamptz,
        reservation_id text,
        warehouse_code text,
        part_number text,
        substitute_for text,
        ship_by timestamptz,
        ship_by_rule text,
        carrier text,
        tracking_number text,
        serial_shipped text,
        shipped_at timestamptz,
        delivered_at timestamptz,
        return_due_on date,
        return_due_at timestamptz,
        received_at timestamptz,
        received_warehouse text,
        turnaround_due_at timestamptz,
        processing_due_at timestamptz,
        inspection_result text CHECK (inspection_result IN ('no-fault-found', 'fault-confirmed', 'damaged')),
        inspection_fault_code text,
        inspection_notes text,
        inspected_at timestamptz,
        charged_at timestamptz,
        closed_at timestamptz,
        version int NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX rmas_case ON rmas (case_id)`);
    await q.query(`CREATE INDEX rmas_status ON rmas (status, id)`);
    // One open RMA per warranty decision: a redelivered or repeated decision opens nothing more.
    await q.query(`CREATE UNIQUE INDEX rmas_open_per_decision ON rmas (decision_id) WHERE decision_id IS NOT NULL AND status NOT IN ('rejected', 'cancelled', 'closed')`);
    // One loan per standby unit and work order (R-DS-5).
    await q.query(`CREATE UNIQUE INDEX rmas_loan_per_visit ON rmas (work_order_id, serial_number) WHERE type = 'standby-loan'`);
    await q.query(`
      CREATE TABLE rma_lines (
        rma_id uuid NOT NULL REFERENCES rmas (id),
        line_no int NOT NULL,
        kind text NOT NULL CHECK (kind IN ('unit', 'part')),
        serial_number text,
        part_number text,
        quantity int NOT NULL CHECK (quantity > 0),
        reason_code text NOT NULL,
        PRIMARY KEY (rma_id, line_no)
      )`);
    await q.query(`
      CREATE TABLE rma_history (
        id uuid PRIMARY KEY,
        rma_id uuid NOT NULL REFERENCES rmas (id),
        from_status text,
        to_status text NOT NULL,
        action text NOT NULL,
        by text NOT NULL,
        note text,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX rma_history_rma ON rma_history (rma_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rma_history`);
    await q.query(`DROP TABLE rma_lines`);
    await q.query(`DROP TABLE rmas`);
    await q.query(`DROP SEQUENCE rma_number_seq`);
  }
}
