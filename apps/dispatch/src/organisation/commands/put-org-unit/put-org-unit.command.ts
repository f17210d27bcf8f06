import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { OrgUnitChangedV1 } from '@aftersales/contracts-dispatch';
import { OutboxService } from '@aftersales/platform-messaging';
import { Clock } from '@aftersales/platform-timers';
import { orgUnitProblem } from '../../domain/org-tree';
import { OrgUnitEntity } from '../../infrastructure/org-unit.entity';
import { orgUnitChangedData } from '../../integration/org-unit-changed.mapping';
import { invalidOrgUnitCode, regionsOnNonBranch, selfNeighbour, unknownNeighbour } from '../../org-unit.errors';
import { OrgUnitView, toOrgUnitView } from '../../org-unit.view';
import { PutOrgUnitRequest, orgUnitCode } from './put-org-unit.request';

/**
 * Creates or replaces an organisation unit (R-DS-3); its neighbours must be known branches. The notifier's directory
 * learns of it, and of its response-center manager, from OrgUnitChangedV1.
 */
@Injectable()
export class PutOrgUnitCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
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
      const existing = await repo.findOne({ where: { code: parsed.data }, lock: { mode: 'pessimistic_write' } });
      const unit = repo.create({
        code: parsed.data,
        ...request,
        regions: [...new Set(request.regions)],
        neighbours: [...new Set(request.neighbours)],
        version: (existing?.version ?? 0) + 1,
        updatedAt: this.clock.now(),
      });
      await repo.save(unit);
      // The notifier's directory follows the unit and its response-center manager (R-SLA-7).
      await this.outbox.append(m, OrgUnitChangedV1, { aggregateId: unit.code, sequence: unit.version, data: orgUnitChangedData(unit, this.clock.now()) });
      return toOrgUnitView(unit);
    });
  }
}
