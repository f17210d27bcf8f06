import { Injectable, Logger } from '@nestjs/common';
import { WorkOrderAcknowledgementRemindedV1 } from '@aftersales/contracts-dispatch';
import { OutboxService } from '@aftersales/platform-messaging';
import { DueTimer, OnTimer, TimerContext } from '@aftersales/platform-timers';
import { WorkOrderAssignment } from '../commands/work-order-assignment';
import { onAcknowledgementStep } from '../domain/acknowledgement.policy';
import { WorkOrderEntity } from '../infrastructure/work-order.entity';
import { workOrderAcknowledgementRemindedData } from '../integration/work-order-acknowledgement-reminded.mapping';
import { ACK_TIMER_KIND, AcknowledgementTimerPayload } from './acknowledgement.timers';

const NO_CONTACT_REASON = 'no customer contact';

/**
 * R-SLA-4 steps as they fall due (the rungs of the SLA plan's ladder, 30 and 45 minutes by default): remind the silent
 * engineer; at a rung that reassigns, remind and reassign to the next best engineer (excluding the silent one), who is
 * told to respond at once. Runs in the transaction that marks
 * the timer fired, so its events and the reassignment commit exactly once with it.
 */
@Injectable()
export class OnAcknowledgementDueTimer {
  private readonly logger = new Logger('Acknowledgement');

  constructor(
    private readonly outbox: OutboxService,
    private readonly assignment: WorkOrderAssignment,
  ) {}

  @OnTimer(ACK_TIMER_KIND)
  async fire(timer: DueTimer, ctx: TimerContext): Promise<void> {
    const { workOrderId, assignmentId, minutes, reassign } = timer.payload as unknown as AcknowledgementTimerPayload;
    const m = ctx.manager;
    const wo = await m.getRepository(WorkOrderEntity).findOne({ where: { id: workOrderId }, lock: { mode: 'pessimistic_write' } });
    if (!wo) return;
    const decision = onAcknowledgementStep(
      { status: wo.status, timerAssignmentId: assignmentId, currentAssignmentId: wo.assignment?.assignmentId ?? null, customerContactedAt: wo.customerContactedAt },
      // A timer from before the ladder was plan data has no `reassign`: then the 45-minute rung was the one.
      { reassign: reassign ?? minutes === 45 },
    );
    if (decision.action === 'none') {
      this.logger.debug(`acknowledgement step ${minutes} of ${wo.workOrderNumber} not needed: ${decision.why}`);
      return;
    }
    const silent = { engineerId: wo.engineerId as string, assignedAt: wo.assignedAt as Date, respondBy: wo.respondBy as Date };
    let reassigned = false;
    if (decision.action === 'remind-and-reassign') {
      // Nobody who already let this customer wait gets the order back.
      const earlier: { engineer_id: string }[] = await m.query(
        `SELECT DISTINCT engineer_id FROM work_order_assignments WHERE work_order_id = $1 AND end_reason LIKE $2`,
        [wo.id, `${NO_CONTACT_REASON}%`],
      );
      const next = await this.assignment.autoAssign(m, wo, {
        kind: 'reassigned',
        by: 'dispatch:acknowledgement-timer',
        exclude: [silent.engineerId, ...earlier.map((e) => e.engineer_id)],
        respondImmediately: true,
        onNone: 'keep',
        releaseReason: `${NO_CONTACT_REASON} ${minutes} minutes after assignment (R-SLA-4)`,
      });
      reassigned = next.score !== null;
      for (const e of next.events) await this.outbox.append(m, e.contract, e.input);
    }
    if (!reassigned) {
      // The reminder is a change of the order's story too: it gets its own sequence number.
      wo.version += 1;
      wo.updatedAt = ctx.now;
      await m.getRepository(WorkOrderEntity).save(wo);
    }
    await this.outbox.append(m, WorkOrderAcknowledgementRemindedV1, {
      aggregateId: wo.id,
      sequence: reassigned ? wo.version + 1 : wo.version,
      data: workOrderAcknowledgementRemindedData(wo, silent, { minutes, at: ctx.now, reassigned }),
    });
    if (reassigned) {
      wo.version += 1;
      await m.getRepository(WorkOrderEntity).save(wo);
    }
  }
}
