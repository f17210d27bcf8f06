import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { EntityManager } from 'typeorm';
import { EventEnvelope } from '@aftersales/contracts-core';
import { WorkOrderAssignedV1 } from '@aftersales/contracts-dispatch';
import { CaseDispatchRequestedV1, CaseDispatchRequestedV1Data } from '@aftersales/contracts-intake';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { nextDocumentNumber } from '@aftersales/platform-service-defaults';
import { EngineerEntity } from '../../engineers/infrastructure/engineer.entity';
import { rankCandidates, requiredSkill } from '../domain/assignment.policy';
import { WorkOrderEntity } from '../infrastructure/work-order.entity';

/** A work order for each case that needs field work, assigned at once when an engineer is eligible (R-DS-3). */
@Injectable()
export class OnDispatchRequestedHandler {
  @OnEvent(CaseDispatchRequestedV1, { name: 'create-work-order' })
  async handle(event: EventEnvelope<CaseDispatchRequestedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    const repo = ctx.manager.getRepository(WorkOrderEntity);
    if (await repo.existsBy({ caseId: d.caseId })) return; // one work order per case
    const now = new Date();
    const wo = repo.create({
      id: uuidv7(),
      workOrderNumber: await nextDocumentNumber(ctx.manager, 'work_order_number_seq', 'WO', now),
      caseId: d.caseId,
      caseNumber: d.caseNumber,
      customerId: d.customerId,
      productModel: d.productModel,
      serialNumber: d.serialNumber,
      serviceMode: d.serviceMode,
      priority: d.priority,
      region: d.region,
      requiredSkill: requiredSkill(d.category),
      inWarranty: d.inWarranty,
      status: 'queued',
      engineerId: null,
      assignment: null,
      partsUsed: [],
      warehouseCode: null,
      resolution: null,
      createdAt: now,
      assignedAt: null,
      completedAt: null,
      version: 1,
    });
    const best = await this.bestEngineer(ctx.manager, wo);
    if (best) {
      wo.status = 'assigned';
      wo.engineerId = best.engineerId;
      wo.assignment = { ...best, kind: 'automatic', at: now.toISOString() };
      wo.assignedAt = now;
      wo.version = 2;
    }
    await repo.save(wo);
    if (!best) return; // stays queued until an engineer is free (issue #5 adds the queue event)
    await ctx.publish(WorkOrderAssignedV1, {
      aggregateId: wo.id,
      sequence: wo.version,
      data: {
        workOrderId: wo.id,
        workOrderNumber: wo.workOrderNumber,
        caseId: wo.caseId,
        engineerId: best.engineerId,
        serviceMode: d.serviceMode,
        assignment: 'automatic',
        assignedAt: now.toISOString(),
      },
    });
  }

  private async bestEngineer(m: EntityManager, wo: WorkOrderEntity) {
    // Lock the engineers so two concurrent assignments cannot both take an engineer's last free slot.
    const engineers = await m.getRepository(EngineerEntity).find({ where: { active: true }, lock: { mode: 'pessimistic_write' } });
    const load: { engineer_id: string; open: number }[] = await m.query(
      `SELECT engineer_id, count(*)::int AS open FROM work_orders WHERE status IN ('assigned', 'in-progress') GROUP BY engineer_id`,
    );
    const openBy = new Map(load.map((l) => [l.engineer_id, l.open]));
    const [best] = rankCandidates(
      engineers.map((e) => ({ engineerId: e.id, region: e.region, skills: e.skills, openOrders: openBy.get(e.id) ?? 0, maxConcurrentOrders: e.maxConcurrentOrders })),
      { skill: wo.requiredSkill, region: wo.region },
    );
    return best;
  }
}
