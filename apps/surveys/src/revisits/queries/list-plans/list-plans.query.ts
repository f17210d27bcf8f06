import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RevisitPlanEntity } from '../../infrastructure/revisit.entities';
import { RevisitPlanView, toPlanView } from '../../revisit-plan.view';

/** The latest version of every revisit plan (R-SV-2). */
@Injectable()
export class ListPlansQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(): Promise<{ items: RevisitPlanView[] }> {
    const rows = await this.dataSource
      .getRepository(RevisitPlanEntity)
      .createQueryBuilder('p')
      .distinctOn(['p.code'])
      .orderBy('p.code')
      .addOrderBy('p.version', 'DESC')
      .getMany();
    return { items: rows.map(toPlanView) };
  }
}
