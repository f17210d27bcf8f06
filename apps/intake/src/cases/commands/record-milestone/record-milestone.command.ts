import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { CaseClocksView, SlaPort } from '../../../sla/integration/sla.port';
import { caseNotOpen } from '../../case.errors';
import { Clock } from '../../infrastructure/clock';
import { CaseRepository } from '../../infrastructure/case.repository';
import { MilestoneRequest } from './record-milestone.request';

/**
 * A milestone on the case that meets a clock: the diagnosis (R-SLA-3, also recorded on the case, R-IN-3) or the
 * engineer's arrival on site (R-SLA-1 premium). Answers with the case's clocks after it.
 */
@Injectable()
export class RecordMilestoneCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly sla: SlaPort,
    private readonly clock: Clock,
  ) {}

  execute(caseId: string, request: MilestoneRequest, user: AuthUser): Promise<CaseClocksView> {
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const c = await this.cases.lock(m, caseId);
      if (c.status === 'resolved' || c.status === 'closed') throw caseNotOpen(caseId, c.status);
      if (request.milestone === 'diagnosed') {
        c.diagnosedAt ??= now;
        c.version += 1;
        c.updatedAt = now;
        await m.save(c);
      }
      await this.cases.log(m, c.id, {
        actor: `user:${user.sub}`,
        kind: `milestone-${request.milestone}`,
        visibility: 'public',
        detail: request.note ? { note: request.note } : {},
        at: now,
      });
      await this.sla.within(m, c.id, (clocks) => clocks.milestone(request.milestone, now));
      return this.sla.caseClocks(m, c.id, now);
    });
  }
}
