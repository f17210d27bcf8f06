import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { SlaClockStore } from '../../infrastructure/sla-clock.store';
import { CaseClocksView, SlaCaseRecord } from '../../integration/sla.port';
import { CaseClocksQuery } from '../../queries/case-clocks/case-clocks.query';
import { escalationAlreadyAnswered, escalationNotFound } from '../../sla.errors';
import { EscalationReactionRequest } from './react-to-escalation.request';

/** R-SLA-3: a manager reacts to an escalation in time, so the ladder does not climb to the next level. */
@Injectable()
export class ReactToEscalationCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clocks: SlaClockStore,
    private readonly cases: SlaCaseRecord,
    private readonly view: CaseClocksQuery,
    private readonly clock: Clock,
  ) {}

  execute(caseId: string, escalationId: string, request: EscalationReactionRequest, user: AuthUser): Promise<CaseClocksView> {
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const escalation = await this.clocks.lockEscalation(m, caseId, escalationId);
      if (!escalation) throw escalationNotFound(caseId, escalationId);
      if (escalation.reactedAt) throw escalationAlreadyAnswered(escalationId, escalation.reactedAt);
      await this.clocks.recordReaction(m, escalationId, now, user.sub);
      await this.clocks.appendLedger(m, caseId, [
        { clock: escalation.clock, at: now, kind: 'escalation-answered', rule: 'R-SLA-3: the manager reacted', detail: { level: escalation.level, by: user.sub, note: request.note ?? null } },
      ]);
      await this.cases.log(m, caseId, [
        {
          actor: `user:${user.sub}`,
          kind: 'sla-escalation-answered',
          visibility: 'internal',
          at: now,
          detail: { clock: escalation.clock, level: escalation.level, ...(request.note ? { note: request.note } : {}) },
        },
      ]);
      return this.view.execute(m, caseId, now);
    });
  }
}
