import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Clock } from '@aftersales/platform-timers';
import { orgUnitProblem } from '../../domain/org-tree';
import { OrgUnitEntity } from '../../infrastructure/org-unit.entity';
import { invalidOrgUnitCode, regionsOnNonBranch, selfNeighbour, unknownNeighbour } from '../../org-unit.errors';
import { OrgUnitView, toOrgUnitView } from '../../org-unit.view';
import { PutOrgUnitRequest, orgUnitCode } from './put-org-unit.request';

/** Creates or replaces an organisation unit (R-DS-3); its neighbours must be known branches. */
@Injectable()
export class PutOrgUnitCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  execute(code: string, request: PutOrgUnitRequest): Promise<OrgUnitView> {
    const parsed = orgUnitCode.safeParse(code);
    if (!parsed.success) throw invalidOrgUnitCode(parsed.error.issues[0].message);
    const problem = orgUnitProblem(parsed.data, request);
    if (problem === 'regions-on-non-branch') throw regionsOnNonBranch();
    if (problem === 'self-neighbour') throw selfNeighbour();
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(OrgUnitEntity);
      const known = await repo.countBy({ code: In(request.neighbours), kind: 'branch' });
      if (known !== new Set(request.neighbours).size) throw unknownNeighbour(request.neighbours);
      const unit = repo.create({ code: parsed.data, ...request, regions: [...new Set(request.regions)], neighbours: [...new Set(request.neighbours)], updatedAt: this.clock.now() });
      await repo.save(unit);
      return toOrgUnitView(unit);
    });
  }
}
