/** Reference data for rma-inventory's stock tests, written straight into the service's tables (R-RMA-5). */
import type { ServiceUnderTest } from '@aftersales/platform-testing';

export interface WarehouseRow {
  code: string;
  kind: 'central' | 'branch' | 'van' | 'depot';
  region?: string | null;
  timeZone?: string;
  engineerId?: string | null;
}

export async function insertWarehouses(t: ServiceUnderTest, rows: WarehouseRow[]): Promise<void> {
  for (const w of rows) {
    await t.query(`INSERT INTO warehouses (code, name, kind, region, time_zone, engineer_id) VALUES ($1, $2, $3, $4, $5, $6)`, [
      w.code,
      `Warehouse ${w.code}`,
      w.kind,
      w.region ?? null,
      w.timeZone ?? 'Asia/Shanghai',
      w.engineerId ?? null,
    ]);
  }
}

export async function insertPart(t: ServiceUnderTest, p: { partNumber: string; serialised?: boolean; critical?: boolean; substitutes?: string[] }): Promise<void> {
  await t.query(`INSERT INTO spare_parts (part_number, description, critical, serialised, unit_cost_minor) VALUES ($1, $2, $3, $4, 10000)`, [
    p.partNumber,
    `Part ${p.partNumber}`,
    p.critical ?? false,
    p.serialised ?? false,
  ]);
  for (const [i, sub] of (p.substitutes ?? []).entries()) {
    await t.query(`INSERT INTO part_substitutes (part_number, substitute_part_number, rank) VALUES ($1, $2, $3)`, [p.partNumber, sub, i + 1]);
  }
}

/** Opening stock, as a receipt row and its level. */
export async function openingStock(t: ServiceUnderTest, warehouseCode: string, partNumber: string, onHand: number, minLevel = 0): Promise<void> {
  await t.query(`INSERT INTO stock_levels (warehouse_code, part_number, on_hand, min_level) VALUES ($1, $2, $3, $4)`, [warehouseCode, partNumber, onHand, minLevel]);
  await t.query(
    `INSERT INTO stock_ledger (id, warehouse_code, part_number, quantity_delta, reason, on_hand_after, actor, note, at)
     VALUES (gen_random_uuid(), $1, $2, $3, 'receipt', $3, 'test', 'opening stock', now())`,
    [warehouseCode, partNumber, onHand],
  );
}

export async function level(t: ServiceUnderTest, warehouseCode: string, partNumber: string): Promise<{ onHand: number; reserved: number } | undefined> {
  const [row] = await t.query(`SELECT on_hand, reserved FROM stock_levels WHERE warehouse_code = $1 AND part_number = $2`, [warehouseCode, partNumber]);
  return row ? { onHand: row.on_hand, reserved: row.reserved } : undefined;
}
