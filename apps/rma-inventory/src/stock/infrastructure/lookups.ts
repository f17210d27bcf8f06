import { EntityManager } from 'typeorm';
import { partInactive, partNotFound, warehouseInactive, warehouseNotFound } from '../stock.errors';
import { SparePartEntity, WarehouseEntity } from './stock.entities';

/** The warehouse a movement names: known and open. */
export async function openWarehouse(m: EntityManager, code: string): Promise<WarehouseEntity> {
  const w = await m.getRepository(WarehouseEntity).findOneBy({ code });
  if (!w) throw warehouseNotFound(code);
  if (!w.active) throw warehouseInactive(code);
  return w;
}

/** The parts a movement names, by part number: all in the catalogue (withdrawn ones only when allowed). */
export async function catalogueParts(m: EntityManager, partNumbers: string[], opts: { allowInactive?: boolean } = {}): Promise<Map<string, SparePartEntity>> {
  const rows = partNumbers.length ? await m.getRepository(SparePartEntity).createQueryBuilder('p').where('p.part_number IN (:...pns)', { pns: partNumbers }).getMany() : [];
  const byNumber = new Map(rows.map((p) => [p.partNumber, p]));
  for (const pn of partNumbers) {
    const p = byNumber.get(pn);
    if (!p) throw partNotFound(pn);
    if (!p.active && !opts.allowInactive) throw partInactive(pn);
  }
  return byNumber;
}
