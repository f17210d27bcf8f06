import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ShortagesRequest } from './shortages.request';

/**
 * R-RMA-5, "shortages are reported": every part whose available stock in a warehouse is below its minimum, by
 * warehouse and part, with the shortfall and what is already on its way there in transfers.
 */
@Injectable()
export class ShortagesQuery {
  constructor(private readonly dataSource: DataSource) {}

  async report(q: ShortagesRequest) {
    const params: unknown[] = [];
    const where = ['s.min_level > 0', 's.on_hand - s.reserved < s.min_level'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (q.warehouse) add('s.warehouse_code = ?', q.warehouse);
    if (q.partNumber) add('s.part_number = ?', q.partNumber);
    if (q.critical) add('p.critical = ?', q.critical === 'true');
    if (q.cursor) {
      const [w, p] = q.cursor.split('/');
      params.push(w, p);
      where.push(`(s.warehouse_code, s.part_number) > ($${params.length - 1}, $${params.length})`);
    }
    params.push(q.limit + 1);
    const rows: { warehouse_code: string; part_number: string; critical: boolean; on_hand: number; reserved: number; min_level: number; short_since: Date | null; in_transit: string }[] =
      await this.dataSource.query(
        `SELECT s.warehouse_code, s.part_number, p.critical, s.on_hand, s.reserved, s.min_level, s.short_since,
                COALESCE((SELECT sum((l->>'quantity')::int) FROM stock_transfers t, jsonb_array_elements(t.lines) l
                           WHERE t.status = 'in-transit' AND t.to_warehouse = s.warehouse_code AND l->>'partNumber' = s.part_number), 0) AS in_transit
           FROM stock_levels s JOIN spare_parts p ON p.part_number = s.part_number
          WHERE ${where.join(' AND ')}
          ORDER BY s.warehouse_code, s.part_number
          LIMIT $${params.length}`,
        params,
      );
    const page = rows.slice(0, q.limit);
    return {
      items: page.map((r) => ({
        warehouseCode: r.warehouse_code,
        partNumber: r.part_number,
        critical: r.critical,
        onHand: r.on_hand,
        reserved: r.reserved,
        available: r.on_hand - r.reserved,
        minimum: r.min_level,
        shortfall: r.min_level - (r.on_hand - r.reserved),
        inTransit: Number(r.in_transit),
        shortSince: r.short_since?.toISOString() ?? null,
      })),
      nextCursor: rows.length > q.limit ? `${page[page.length - 1].warehouse_code}/${page[page.length - 1].part_number}` : null,
    };
  }
}
