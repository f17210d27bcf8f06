import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SerialHistoryEntity, SerialUnitEntity } from '../../infrastructure/stock.entities';
import { serialNotFound } from '../../stock.errors';

/** A serialised unit from receipt to the customer and back (R-RMA-5): where it is, and every move, oldest first. */
@Injectable()
export class SerialsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async one(serialNumber: string) {
    const unit = await this.dataSource.getRepository(SerialUnitEntity).findOneBy({ serialNumber });
    if (!unit) throw serialNotFound(serialNumber);
    const history = await this.dataSource.getRepository(SerialHistoryEntity).find({ where: { serialNumber }, order: { at: 'ASC', id: 'ASC' }, take: 500 });
    return {
      serialNumber: unit.serialNumber,
      partNumber: unit.partNumber,
      status: unit.status,
      warehouseCode: unit.warehouseCode,
      reference: unit.reference,
      history: history.map((h) => ({ movement: h.movement, statusAfter: h.statusAfter, warehouseCode: h.warehouseCode, reference: h.reference, actor: h.actor, at: h.at.toISOString() })),
    };
  }
}
