import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { EntityManager } from 'typeorm';
import { nextDocumentNumber } from '@aftersales/platform-service-defaults';
import { caseNotFound } from '../case.errors';
import { CaseActivityEntity, CaseEntity } from './case.entity';

@Injectable()
export class CaseRepository {
  nextCaseNumber(m: EntityManager, now: Date): Promise<string> {
    return nextDocumentNumber(m, 'case_number_seq', 'CS', now);
  }

  /** Loads and row-locks a case for a state change. */
  async lock(m: EntityManager, id: string): Promise<CaseEntity> {
    const found = await m.getRepository(CaseEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!found) throw caseNotFound(id);
    return found;
  }

  async log(
    m: EntityManager,
    caseId: string,
    entry: { actor: string; kind: string; visibility?: 'public' | 'internal'; detail?: Record<string, unknown>; at?: Date },
  ): Promise<void> {
    await m.getRepository(CaseActivityEntity).insert({
      id: uuidv7(),
      caseId,
      at: entry.at ?? new Date(),
      actor: entry.actor,
      kind: entry.kind,
      visibility: entry.visibility ?? 'internal',
      detail: (entry.detail ?? {}) as never,
    });
  }
}
