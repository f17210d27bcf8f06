import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseDispatchRequestedV1, CasePriorityChangedV1, CaseReclassifiedV1 } from '@aftersales/contracts-intake';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { SlaPort } from '../../../sla/integration/sla.port';
import { classificationUnchanged, closedCaseNotWorked } from '../../case.errors';
import { CaseView, toCaseView } from '../../case.view';
import { chooseServiceMode } from '../../domain/service-mode.policy';
import { Clock } from '../../infrastructure/clock';
import { CaseRepository } from '../../infrastructure/case.repository';
import { caseDispatchRequestedData } from '../../integration/case-dispatch-requested.mapping';
import { casePriorityChangedData } from '../../integration/case-priority-changed.mapping';
import { caseReclassifiedData } from '../../integration/case-reclassified.mapping';
import { ReclassifyCaseRequest } from './reclassify-case.request';

/**
 * R-IN-4: staff reclassify a case (category, common or difficult, and the priority that follows) with a reason, in one
 * transaction: the clocks are re-planned from the original start under the new priority (a clock the plan lacks is
 * withdrawn, never met; R-IN-5), the service mode is chosen again from warranty's decision, and a case that needs
 * field work now and has not asked for it yet asks dispatch (so a mail that opened a consultation can become a P1
 * hardware fault with an engineer on the way). A case already dispatched keeps its work order; the log says so.
 */
@Injectable()
export class ReclassifyCaseCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly sla: SlaPort,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  execute(caseId: string, request: ReclassifyCaseRequest, user: AuthUser): Promise<CaseView> {
    return this.dataSource.transaction(async (m) => {
      const c = await this.cases.lockFor(m, caseId, user, request.version);
      if (c.status === 'closed') throw closedCaseNotWorked();
      const from = { category: c.category, difficulty: c.difficulty ?? null, priority: c.priority };
      const to = { category: request.category, difficulty: request.difficulty ?? from.difficulty, priority: request.priority ?? from.priority };
      if (to.category === from.category && to.difficulty === from.difficulty && to.priority === from.priority) throw classificationUnchanged();
      const at = this.clock.now();
      const actor = `user:${user.sub}`;
      Object.assign(c, to);
      // R-DS-1: the mode follows the new category and warranty's decision; none until warranty has decided.
      const choice = c.entitlement ? chooseServiceMode(c.category, c.entitlement.allowedServiceModes) : null;
      const dispatch = !!choice?.mode && !c.serviceMode && !c.workOrderId && c.status !== 'resolved';
      if (dispatch) c.serviceMode = choice?.mode ?? null;
      c.updatedAt = at;
      c.version += 1;
      await m.save(c);
      await this.cases.log(m, c.id, {
        actor,
        kind: 'reclassified',
        visibility: 'internal',
        detail: { from, to, reason: request.reason, serviceMode: choice?.mode ?? null, modeReason: choice?.reason ?? 'warranty has not decided yet', dispatchRequested: dispatch },
        at,
      });
      await this.sla.within(m, c.id, async (clocks) => {
        await clocks.reclassified(from.priority, c.priority, at, { status: c.status, channel: c.channel }, c.entitlement?.slaTerms);
        if (dispatch) {
          const trigger = c.serviceMode === 'remote' ? 'remote-requested' : c.serviceMode === 'on-site' ? 'on-site-requested' : null;
          if (trigger) await clocks.started(trigger, at, { status: c.status, channel: c.channel });
        }
        await this.outbox.append(m, CaseReclassifiedV1, {
          aggregateId: c.id,
          sequence: c.version,
          data: caseReclassifiedData(c, { from, reason: request.reason, serviceMode: c.serviceMode ?? choice?.mode ?? null, dispatchRequested: dispatch, actor, at }),
        });
        // Dispatch follows the priority of an order it already has (R-SLA-2).
        if (from.priority !== c.priority) {
          await this.outbox.append(m, CasePriorityChangedV1, { aggregateId: c.id, sequence: c.version, data: casePriorityChangedData(c, { from: from.priority, reason: request.reason, actor, at }) });
        }
        if (dispatch && c.entitlement) {
          await this.outbox.append(m, CaseDispatchRequestedV1, {
            aggregateId: c.id,
            sequence: c.version,
            data: caseDispatchRequestedData(c, {
              serviceMode: c.serviceMode as NonNullable<typeof c.serviceMode>,
              inWarranty: c.entitlement.inWarranty,
              requestedAt: at,
              slaDueAt: await clocks.dueTimes(),
              engineerResponse: await clocks.engineerResponse(),
            }),
          });
          await this.cases.log(m, c.id, { actor: 'system:intake', kind: 'dispatch-requested', detail: { serviceMode: c.serviceMode, reason: choice?.reason }, at });
        }
      });
      return toCaseView(c);
    });
  }
}
