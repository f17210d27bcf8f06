import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PartSubstituteEntity, SparePartEntity, WarehouseEntity } from '../../infrastructure/stock.entities';
import { partNotFound, warehouseNotFound } from '../../stock.errors';
import { PartView, toPartView, toWarehouseView, WarehouseView } from '../../stock.view';
import { PartsRequest, WarehousesRequest } from './catalogue.request';

/** The parts catalogue and the warehouses (R-RMA-5), in code order, paged by code. */
@Injectable()
export class CatalogueQuery {
  constructor(private readonly dataSource: DataSource) {}

  async parts(q: PartsRequest): Promise<{ items: PartView[]; nextCursor: string | null }> {
    const qb = this.dataSource.getRepository(SparePartEntity).createQueryBuilder('p').orderBy('p.part_number').take(q.limit + 1);
    if (q.cursor) qb.andWhere('p.part_number > :cursor', { cursor: q.cursor });
    if (q.fitsModel) qb.andWhere(':model = ANY(p.fits_models)', { model: q.fitsModel });
    if (q.critical) qb.andWhere('p.critical = :critical', { critical: q.critical === 'true' });
    const rows = await qb.getMany();
    const page = rows.slice(0, q.limit);
    const subs = page.length
      ? await this.dataSource.getRepository(PartSubstituteEntity).createQueryBuilder('s').where('s.part_number IN (:...pns)', { pns: page.map((p) => p.partNumber) }).orderBy('s.rank').getMany()
      : [];
    return {
      items: page.map((p) => toPartView(p, subs.filter((s) => s.partNumber === p.partNumber).map((s) => ({ partNumber: s.substitutePartNumber, rank: s.rank })))),
      nextCursor: rows.length > q.limit ? page[page.length - 1].partNumber : null,
    };
  }

  async part(partNumber: string): Promise<PartView> {
    const p = await this.dataSource.getRepository(SparePartEntity).findOneBy({ partNumber });
    if (!p) throw partNotFound(partNumber);
    const subs = await this.dataSource.getRepository(PartSubstituteEntity).find({ where: { partNumber }, order: { rank: 'ASC' } });
    return toPartView(p, subs.map((s) => ({ partNumber: s.substitutePartNumber, rank: s.rank })));
  }

  async warehouses(q: WarehousesRequest): Promise<{ items: WarehouseView[]; nextCursor: string | null }> {
    const qb = this.dataSource.getRepository(WarehouseEntity).createQueryBuilder('w').orderBy('w.code').take(q.limit + 1);
    if (q.cursor) qb.andWhere('w.code > :cursor', { cursor: q.cursor });
    if (q.kind) qb.andWhere('w.kind = :kind', { kind: q.kind });
    if (q.region) qb.andWhere('w.region = :region', { region: q.region });
    const rows = await qb.getMany();
    const page = rows.slice(0, q.limit);
    return { items: page.map(toWarehouseView), nextCursor: rows.length > q.limit ? page[page.length - 1].code : null };
  }

  async warehouse(code: string): Promise<WarehouseView> {
    const w = await this.dataSource.getRepository(WarehouseEntity).findOneBy({ code });
    if (!w) throw warehouseNotFound(code);
    return toWarehouseView(w);
  }
}
