import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PartSavedV1 } from '@aftersales/contracts-rma-inventory';
import { OutboxService } from '@aftersales/platform-messaging';
import { Clock } from '@aftersales/platform-timers';
import { PartSubstituteEntity, SparePartEntity } from '../../infrastructure/stock.entities';
import { partSavedData } from '../../integration/catalogue.mapping';
import { serialisedChangeWithStock, substituteOfItself, unknownSubstitute } from '../../stock.errors';
import { PartView, toPartView } from '../../stock.view';
import { PutPartRequest } from './put-part.request';

/** Adds a spare part to the catalogue or changes it, with its ranked substitutes (R-RMA-5). */
@Injectable()
export class PutPartCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  execute(partNumber: string, request: PutPartRequest): Promise<PartView> {
    if (request.substitutes.includes(partNumber)) throw substituteOfItself(partNumber);
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(SparePartEntity);
      const existing = await repo.findOne({ where: { partNumber }, lock: { mode: 'pessimistic_write' } });
      if (request.substitutes.length > 0) {
        const known = await repo.createQueryBuilder('p').select('p.part_number', 'pn').where('p.part_number IN (:...subs)', { subs: request.substitutes }).getRawMany<{ pn: string }>();
        const missing = request.substitutes.find((s) => !known.some((k) => k.pn === s));
        if (missing) throw unknownSubstitute(missing);
      }
      if (existing && existing.serialised !== request.serialised) {
        const [held] = await m.query(`SELECT 1 FROM stock_levels WHERE part_number = $1 AND on_hand > 0 LIMIT 1`, [partNumber]);
        if (held) throw serialisedChangeWithStock(partNumber);
      }
      const part = repo.create({
        partNumber,
        description: request.description,
        fitsModels: request.fitsModels,
        serialised: request.serialised,
        unitCostMinor: request.unitCost.amountMinor,
        currency: request.unitCost.currency,
        critical: request.critical,
        active: request.active,
        version: (existing?.version ?? 0) + 1,
        updatedAt: this.clock.now(),
      });
      if (existing) await repo.save(part);
      else await repo.insert(part);
      await m.getRepository(PartSubstituteEntity).delete({ partNumber });
      const substitutes = request.substitutes.map((s, i) => ({ partNumber: s, rank: i + 1 }));
      if (substitutes.length > 0) {
        await m.getRepository(PartSubstituteEntity).insert(substitutes.map((s) => ({ partNumber, substitutePartNumber: s.partNumber, rank: s.rank })));
      }
      await this.outbox.append(m, PartSavedV1, { aggregateId: partNumber, sequence: part.version, data: partSavedData(part, substitutes) });
      return toPartView(part, substitutes);
    });
  }
}
