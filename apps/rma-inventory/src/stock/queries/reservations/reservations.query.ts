import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { paginate } from '@aftersales/platform-service-defaults';
import { StockReservationEntity } from '../../infrastructure/stock.entities';
import { reservationNotFound } from '../../stock.errors';
import { ReservationsRequest } from './reservations.request';

function view(r: StockReservationEntity) {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    warehouseCode: r.warehouseCode,
    partNumber: r.partNumber,
    requestedPartNumber: r.requestedPartNumber,
    substitute: r.partNumber !== r.requestedPartNumber,
    quantity: r.quantity,
    contractId: r.contractId,
    caseId: r.caseId,
    reference: r.reference,
    drawnFromHold: r.drawnFromHold,
    serialNumbers: r.serialNumbers,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Reservations and contract holds, newest first. */
@Injectable()
export class ReservationsQuery {
  constructor(private readonly dataSource: DataSource) {}

  list(q: ReservationsRequest) {
    const qb = this.dataSource.getRepository(StockReservationEntity).createQueryBuilder('r');
    if (q.reference) qb.andWhere('r.reference = :ref', { ref: q.reference });
    if (q.warehouse) qb.andWhere('r.warehouse_code = :w', { w: q.warehouse });
    if (q.partNumber) qb.andWhere('r.part_number = :p', { p: q.partNumber });
    if (q.contractId) qb.andWhere('r.contract_id = :c', { c: q.contractId });
    if (q.kind) qb.andWhere('r.kind = :k', { k: q.kind });
    if (q.status) qb.andWhere('r.status = :s', { s: q.status });
    return paginate(qb, q, view);
  }

  async one(id: string) {
    const r = await this.dataSource.getRepository(StockReservationEntity).findOneBy({ id });
    if (!r) throw reservationNotFound(id);
    return view(r);
  }
}
