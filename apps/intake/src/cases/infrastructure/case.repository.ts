import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { EntityManager } from 'typeorm';
import { AuthUser, nextDocumentNumber } from '@aftersales/platform-service-defaults';
import { caseNotFound, versionConflict } from '../case.errors';
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

  /**
   * Locks a case for a change by this user: another customer's case is a 404 (R-IN-8), and with an expected
   * version a case someone changed in the meantime is a 409 (optimistic concurrency between agents).
   */
  async lockFor(m: EntityManager, id: string, user: AuthUser, expectedVersion?: number): Promise<CaseEntity> {
    const found = await this.lock(m, id);
    if (user.roles.includes('customer') && found.customerId !== user.customerId) throw caseNotFound(id);
    if (expectedVersion !== undefined && found.version !== expectedVersion) throw versionConflict(id, expectedVersion, found.version);
    return found;
  }

  async log(
    m: EntityManager,
    caseId: string,
    entry: { actor: string; kind: string; visibility?: 'public' | 'internal'; detail?: Record<string, unknown>; at?: Date },
  ): Promise<CaseActivityEntity> {
    const row = m.getRepository(CaseActivityEntity).create({
      id: uuidv7(),
      caseId,
      at: entry.at ?? new Date(),
      actor: entry.actor,
      kind: entry.kind,
      visibility: entry.visibility ?? 'internal',
      detail: entry.detail ?? {},
    });
    await m.getRepository(CaseActivityEntity).insert(row as never);
    return row;
  }
}
