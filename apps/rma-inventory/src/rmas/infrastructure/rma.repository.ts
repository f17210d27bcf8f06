import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { EntityManager } from 'typeorm';
import type { RmaStatus } from '@aftersales/contracts-rma-inventory';
import { rmaNotFound, transitionOrConflict } from '../rmas.errors';
import { RmaEntity, RmaHistoryEntity, RmaLineEntity } from './rma.entities';

/** Loads an RMA under a row lock and moves it through its lifecycle, one history row per step. */
@Injectable()
export class RmaRepository {
  async lock(m: EntityManager, id: string): Promise<RmaEntity> {
    const rma = await m.getRepository(RmaEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!rma) throw rmaNotFound(id);
    return rma;
  }

  /** The guarded step: 409 with the allowed statuses when the lifecycle refuses it. */
  async move(m: EntityManager, rma: RmaEntity, to: RmaStatus, step: { action: string; by: string; note?: string | null; at: Date; changes?: Partial<RmaEntity> }): Promise<RmaEntity> {
    const from = rma.status;
    rma.status = transitionOrConflict(rma.type, from, to);
    Object.assign(rma, step.changes ?? {});
    rma.version += 1;
    rma.updatedAt = step.at;
    await m.getRepository(RmaEntity).save(rma);
    await this.record(m, rma, from, step);
    return rma;
  }

  /** A step that changes no status (e.g. a deadline that passed): history only, the version still moves. */
  async note(m: EntityManager, rma: RmaEntity, step: { action: string; by: string; note?: string | null; at: Date; changes?: Partial<RmaEntity> }): Promise<RmaEntity> {
    Object.assign(rma, step.changes ?? {});
    rma.version += 1;
    rma.updatedAt = step.at;
    await m.getRepository(RmaEntity).save(rma);
    await this.record(m, rma, rma.status, step);
    return rma;
  }

  async record(m: EntityManager, rma: RmaEntity, from: RmaStatus | null, step: { action: string; by: string; note?: string | null; at: Date }): Promise<void> {
    await m
      .getRepository(RmaHistoryEntity)
      .insert({ id: uuidv7(), rmaId: rma.id, fromStatus: from, toStatus: rma.status, action: step.action, by: step.by, note: step.note ?? null, at: step.at });
  }

  lines(m: EntityManager, rmaId: string): Promise<RmaLineEntity[]> {
    return m.getRepository(RmaLineEntity).find({ where: { rmaId }, order: { lineNo: 'ASC' } });
  }

  history(m: EntityManager, rmaId: string): Promise<RmaHistoryEntity[]> {
    return m.getRepository(RmaHistoryEntity).find({ where: { rmaId }, order: { at: 'ASC', id: 'ASC' } });
  }
}
