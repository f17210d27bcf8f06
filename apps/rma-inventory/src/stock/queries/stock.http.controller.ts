import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Roles, pageQuery, paginate } from '@aftersales/platform-service-defaults';
import { StockLedgerEntity, StockLevelEntity } from '../infrastructure/stock.entities';

const stockQuery = z.strictObject({
  warehouse: z.string().max(50).optional(),
  partNumber: z.string().max(100).optional(),
});
class StockQuery extends createZodDto(stockQuery) {}

const ledgerQuery = z.strictObject({
  workOrderId: z.uuid().optional(),
  warehouse: z.string().max(50).optional(),
  partNumber: z.string().max(100).optional(),
  ...pageQuery,
});
class LedgerQuery extends createZodDto(ledgerQuery) {}

@ApiTags('stock')
@Controller('v1/stock')
export class StockHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('rma-admin', 'engineer', 'manager', 'admin', 'agent')
  @ApiOperation({ summary: 'Stock on hand per warehouse and part; a negative balance is a shortage (R-RMA-5)' })
  async levels(@Query() q: StockQuery) {
    const qb = this.dataSource.getRepository(StockLevelEntity).createQueryBuilder('s').orderBy('s.warehouse_code').addOrderBy('s.part_number');
    if (q.warehouse) qb.andWhere('s.warehouse_code = :w', { w: q.warehouse });
    if (q.partNumber) qb.andWhere('s.part_number = :p', { p: q.partNumber });
    const rows = await qb.getMany();
    return { items: rows.map((r) => ({ warehouseCode: r.warehouseCode, partNumber: r.partNumber, onHand: r.onHand, shortage: r.onHand < 0 })) };
  }

  @Get('ledger')
  @Roles('rma-admin', 'manager', 'admin')
  @ApiOperation({ summary: 'Stock movements, newest first, cursor pagination' })
  async ledger(@Query() q: LedgerQuery) {
    const qb = this.dataSource.getRepository(StockLedgerEntity).createQueryBuilder('l');
    if (q.workOrderId) qb.andWhere('l.work_order_id = :wo', { wo: q.workOrderId });
    if (q.warehouse) qb.andWhere('l.warehouse_code = :w', { w: q.warehouse });
    if (q.partNumber) qb.andWhere('l.part_number = :p', { p: q.partNumber });
    return paginate(qb, q, (l) => ({
      id: l.id,
      warehouseCode: l.warehouseCode,
      partNumber: l.partNumber,
      quantityDelta: l.quantityDelta,
      reason: l.reason,
      workOrderId: l.workOrderId,
      caseId: l.caseId,
      onHandAfter: l.onHandAfter,
      at: l.at.toISOString(),
    }));
  }
}
