import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { SlaActivity, SlaCaseFacts, SlaCaseRecord } from '../../sla/integration/sla.port';
import { caseNotFound } from '../case.errors';
import { mayRead } from '../domain/case-visibility';
import { CaseActivityEntity, CaseEntity } from '../infrastructure/case.entity';

/** What the SLA engine reads and writes of a case, provided by cases/ (SlaModule.register in app.module.ts). */
@Injectable()
export class SlaCaseRecordAdapter extends SlaCaseRecord {
  async facts(m: EntityManager, caseId: string): Promise<SlaCaseFacts | undefined> {
    const c = await m.getRepository(CaseEntity).findOne({ where: { id: caseId }, select: { caseNumber: true, status: true, customerId: true, assigneeId: true, assigneeName: true, branchCode: true } });
    return c ? { caseNumber: c.caseNumber, status: c.status, customerId: c.customerId, assigneeId: c.assigneeId, assigneeName: c.assigneeName, branchCode: c.branchCode } : undefined;
  }

  async visibleTo(m: EntityManager, caseId: string, user: AuthUser): Promise<SlaCaseFacts> {
    const facts = await this.facts(m, caseId);
    if (!facts || !mayRead(user, { customerId: facts.customerId, assigneeId: facts.assigneeId, branchCode: facts.branchCode ?? null })) throw caseNotFound(caseId);
    return facts;
  }

  async log(m: EntityManager, caseId: string, entries: readonly SlaActivity[]): Promise<void> {
    if (entries.length === 0) return;
    const rows: CaseActivityEntity[] = entries.map((e) => ({ id: uuidv7(), caseId, at: e.at, actor: e.actor, kind: e.kind, visibility: e.visibility, detail: e.detail }));
    // One statement for all of them; TypeORM's partial-entity type does not take an open jsonb record.
    await m.getRepository(CaseActivityEntity).insert(rows as never);
  }
}
