import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { StoredPlan } from '../domain/revisit-plan';
import { RevisitPlanEntity } from './revisit.entities';

@Injectable()
export class RevisitPlanRepository {
  /** The latest version of every plan. */
  latest(m: EntityManager): Promise<StoredPlan[]> {
    return m.query(`SELECT DISTINCT ON (code) code, version, definition FROM revisit_plans ORDER BY code, version DESC`);
  }

  version(m: EntityManager, code: string, version: number): Promise<StoredPlan | null> {
    return m.getRepository(RevisitPlanEntity).findOneBy({ code, version });
  }
}
