import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, paginate } from '@aftersales/platform-service-defaults';
import { unitNotFound } from '../../installed-base.errors';
import { OwnershipView, UnitSwapView, UnitView, toOwnershipView, toUnitSwapView, toUnitView } from '../../installed-base.view';
import { UnitEntity, UnitOwnershipEntity, UnitSwapEntity } from '../../infrastructure/installed-base.entities';
import { ListUnitsRequest } from './units.request';

/** Registered units and who owned them (R-WA-5). */
@Injectable()
export class UnitsQuery {
  constructor(private readonly dataSource: DataSource) {}

  list(q: ListUnitsRequest): Promise<Page<UnitView>> {
    const qb = this.dataSource.getRepository(UnitEntity).createQueryBuilder('u');
    if (q.productModel) qb.andWhere('u.model_code = :model', { model: q.productModel });
    if (q.customerId) qb.andWhere('u.customer_id = :customerId', { customerId: q.customerId });
    return paginate(qb, q, toUnitView);
  }

  async get(serialNumber: string): Promise<UnitView> {
    const found = await this.dataSource.getRepository(UnitEntity).findOneBy({ serialNumber });
    if (!found) throw unitNotFound(serialNumber);
    return toUnitView(found);
  }

  async ownership(serialNumber: string): Promise<{ items: OwnershipView[] }> {
    if (!(await this.dataSource.getRepository(UnitEntity).existsBy({ serialNumber }))) throw unitNotFound(serialNumber);
    const items = await this.dataSource.getRepository(UnitOwnershipEntity).find({ where: { serialNumber }, order: { id: 'ASC' } });
    return { items: items.map(toOwnershipView) };
  }

  /** The RMA swaps the unit took part in, oldest first: replaced by another serial, or in another's place. */
  async swaps(serialNumber: string): Promise<{ items: UnitSwapView[] }> {
    if (!(await this.dataSource.getRepository(UnitEntity).existsBy({ serialNumber }))) throw unitNotFound(serialNumber);
    const items = await this.dataSource.getRepository(UnitSwapEntity).find({ where: [{ faultySerial: serialNumber }, { replacementSerial: serialNumber }], order: { swappedAt: 'ASC', id: 'ASC' } });
    return { items: items.map((s) => toUnitSwapView(s, serialNumber)) };
  }
}
