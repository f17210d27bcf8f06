import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WarehouseSavedV1 } from '@aftersales/contracts-rma-inventory';
import { validateCalendar } from '@aftersales/platform-calendar';
import { OutboxService } from '@aftersales/platform-messaging';
import { Clock } from '@aftersales/platform-timers';
import { WarehouseEntity } from '../../infrastructure/stock.entities';
import { warehouseSavedData } from '../../integration/catalogue.mapping';
import { branchNeedsRegion, invalidCalendar, invalidTimeZone, vanNeedsEngineer } from '../../stock.errors';
import { toWarehouseView, WarehouseView } from '../../stock.view';
import { PutWarehouseRequest } from './put-warehouse.request';

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

/** Registers or changes a warehouse (R-RMA-5): its kind, region, time zone and business calendar. */
@Injectable()
export class PutWarehouseCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  execute(code: string, request: PutWarehouseRequest): Promise<WarehouseView> {
    if (!isTimeZone(request.timeZone)) throw invalidTimeZone(request.timeZone);
    if (request.calendar) {
      const problems = validateCalendar(request.calendar);
      if (request.calendar.timeZone !== request.timeZone) problems.push(`the calendar's time zone ${request.calendar.timeZone} is not the warehouse's ${request.timeZone}`);
      if (problems.length) throw invalidCalendar(problems);
    }
    if (request.kind === 'van' && !request.engineerId) throw vanNeedsEngineer();
    if (request.kind === 'branch' && !request.region) throw branchNeedsRegion();
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(WarehouseEntity);
      const existing = await repo.findOne({ where: { code }, lock: { mode: 'pessimistic_write' } });
      const w = repo.create({ ...request, code, version: (existing?.version ?? 0) + 1, updatedAt: this.clock.now() });
      if (existing) await repo.save(w);
      else await repo.insert(w);
      await this.outbox.append(m, WarehouseSavedV1, { aggregateId: code, sequence: w.version, data: warehouseSavedData(w) });
      return toWarehouseView(w);
    });
  }
}
