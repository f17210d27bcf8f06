import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CaseAssignedV1 } from '@aftersales/contracts-intake';
import { WorkOrderAssignedV1, WorkOrderAssignedV1Data } from '@aftersales/contracts-dispatch';
import { EventContext, OnEvent, OutboxService, PermanentError } from '@aftersales/platform-messaging';
import { CaseEntity } from '../infrastructure/case.entity';
import { CaseRepository } from '../infrastructure/case.repository';
import { Clock } from '../infrastructure/clock';
import { caseAssignedData } from './case-assigned.mapping';

/**
 * Dispatch assigned (or reassigned) the case's work order: the engineer works the case now (issue #15, R-IN-6), so
 * they read it (R-IN-8) and the case and its SLA notices name them (by id and by the name dispatch gives). The engineer's id is the subject of their token, as dispatch
 * checks it. An assignment older than the case's current one (a late copy) changes nothing.
 */
@Injectable()
export class OnWorkOrderAssignedHandler {
  constructor(
    private readonly cases: CaseRepository,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  @OnEvent(WorkOrderAssignedV1, { name: 'record-engineer-assignment' })
  async handle(event: EventEnvelope<WorkOrderAssignedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    const m = ctx.manager;
    const c = await m.getRepository(CaseEntity).findOne({ where: { id: d.caseId }, lock: { mode: 'pessimistic_write' } });
    if (!c) throw new PermanentError(`work order ${d.workOrderId} was assigned for unknown case ${d.caseId}`);
    const assignedAt = new Date(d.assignedAt);
    if (c.assigneeId === d.engineerId || (c.assignedAt && assignedAt < c.assignedAt) || c.status === 'closed') return;
    const previous = c.assigneeId;
    const previousName = c.assigneeName;
    c.assigneeId = d.engineerId;
    c.assigneeName = d.engineerName ?? null;
    // R-IN-8: the branch covering the site works the case; its staff read it.
    c.branchCode = d.branchCode ?? c.branchCode;
    c.assignedAt = assignedAt;
    c.updatedAt = this.clock.now();
    c.version += 1;
    await m.save(c);
    // Internal, like a staff assignment: who works the case is staff business (R-IN-8).
    await this.cases.log(m, c.id, {
      actor: 'system:dispatch',
      kind: 'engineer-assigned',
      visibility: 'internal',
      detail: { engineerId: d.engineerId, engineerName: c.assigneeName, previousAssigneeId: previous, previousAssigneeName: previousName, workOrderId: d.workOrderId, workOrderNumber: d.workOrderNumber, assignment: d.assignment, ...(d.reasons ? { reasons: d.reasons } : {}) },
      at: assignedAt,
    });
    await this.outbox.append(m, CaseAssignedV1, {
      aggregateId: c.id,
      sequence: c.version,
      data: caseAssignedData(c, { previousAssigneeId: previous, previousAssigneeName: previousName, takeover: false, actor: 'system:dispatch', at: assignedAt }),
      correlationId: event.correlationId,
      causationId: event.id,
    });
  }
}
