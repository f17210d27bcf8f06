import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseFactsEntity } from './case-facts.entity';

type Facts = Partial<Omit<CaseFactsEntity, 'caseId' | 'updatedAt'>>;

@Injectable()
export class CaseFactsRepository {
  /** Adds what one event tells of a case to what the others told, in either order; returns the whole. */
  async merge(m: EntityManager, caseId: string, facts: Facts, now: Date): Promise<CaseFactsEntity> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`survey-case-facts:${caseId}`]);
    const repo = m.getRepository(CaseFactsEntity);
    const known = await repo.findOneBy({ caseId });
    const defined = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as Facts;
    const merged = repo.create({
      caseId,
      customerId: null,
      channel: null,
      category: null,
      productModel: null,
      serialNumber: null,
      contractId: null,
      slaPlanCode: null,
      ...known,
      ...defined,
      updatedAt: now,
    });
    await repo.save(merged);
    return merged;
  }
}
