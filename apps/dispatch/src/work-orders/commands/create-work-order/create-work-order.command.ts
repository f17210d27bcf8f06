import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { WorkOrderRepeatRepairFlaggedV1 } from '@aftersales/contracts-dispatch';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser, IdempotencyService, IdempotentResult, nextDocumentNumber } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { PendingEvent, pendingEvent } from '../../integration/pending-event';
import { workOrderRepeatRepairFlaggedData } from '../../integration/work-order-repeat-repair-flagged.mapping';
import { caseHasWorkOrder } from '../../work-order.errors';
import { WorkOrderView, toWorkOrderView } from '../../work-order.view';
import { WorkOrderAssignment } from '../work-order-assignment';
import { CreateWorkOrderRequest } from './create-work-order.request';
import { EngineerResponse } from '../../domain/acknowledgement.policy';
import { requiredSkill } from '../../domain/assignment.policy';
import { repeatedRepair } from '../../domain/repeat-repair.policy';
import { arrangementDueAt } from '../../../appointments/domain/appointment.policy';
import { mayGoOnSite } from '../../../remote-sessions/domain/remote-session.policy';
import { WorkOrderEntity } from '../../infrastructure/work-order.entity';

/** Completed repairs looked at for R-DS-6: more than the 3-month window, which the policy applies exactly. */
const HISTORY_DAYS = 100;

interface HistoryRow {
  id: string;
  caseId: string;
  engineerId: string | null;
  category: string | null;
  completedAt: string;
}

export interface NewWorkOrder {
  caseId: string;
  caseNumber: string;
  customerId: string;
  productModel: string;
  serialNumber: string;
  category: string;
  priority: string;
  serviceMode: string;
  inWarranty: boolean;
  region: string | null;
  siteAddress?: string | null;
  requiredLevel?: number;
  slaDueAt?: { clock: string; dueAt: string; rule: string }[];
  /** R-SLA-2, R-SLA-4: the SLA plan's response window and reminder ladder (intake's, on the dispatch request). */
  engineerResponse?: EngineerResponse | null;
}

/**
 * A work order for a case (from case.dispatch-requested or created by hand), assigned at once when an engineer is
 * eligible, else queued with the reasons (R-DS-1, R-DS-3). One work order per case.
 */
@Injectable()
export class CreateWorkOrderCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly idempotency: IdempotencyService,
    private readonly assignment: WorkOrderAssignment,
    private readonly clock: Clock,
  ) {}

  /** By hand over HTTP: a case that already has an order is a 409; a retry with the same key gets the first answer. */
  execute(request: CreateWorkOrderRequest, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<WorkOrderView>> {
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key: idempotencyKey, scope: `create-work-order:${user.sub}`, request }, async () => {
        const created = await this.createIn(m, request, `user:${user.sub}`);
        if (!created) throw caseHasWorkOrder(request.caseId);
        for (const e of created.events) await this.outbox.append(m, e.contract, e.input);
        return { status: 201, body: toWorkOrderView(created.wo) };
      }),
    );
  }

  /** Returns the new order and its events for the caller to append, or null when the case already has one. */
  async createIn(m: EntityManager, input: NewWorkOrder, by: string): Promise<{ wo: WorkOrderEntity; events: PendingEvent[] } | null> {
    const repo = m.getRepository(WorkOrderEntity);
    const now = this.clock.now();
    // One round trip: is the case taken, which branch covers the site, and the unit's recent repairs (R-DS-6).
    const [{ taken, branch, history }]: { taken: boolean; branch: string | null; history: HistoryRow[] | null }[] = await m.query(
      `SELECT EXISTS (SELECT 1 FROM work_orders WHERE case_id = $1) AS taken,
              (SELECT code FROM org_units WHERE kind = 'branch' AND $2 = ANY(regions) ORDER BY code LIMIT 1) AS branch,
              (SELECT json_agg(json_build_object('id', w.id, 'caseId', w.case_id, 'engineerId', w.engineer_id, 'category', w.category, 'completedAt', w.completed_at))
                 FROM work_orders w WHERE w.serial_number = $3 AND w.status = 'completed' AND w.completed_at >= $4) AS history`,
      [input.caseId, input.region, input.serialNumber, new Date(now.getTime() - HISTORY_DAYS * 24 * 3_600_000)],
    );
    if (taken) return null;
    const wo = repo.create({
      id: uuidv7(),
      workOrderNumber: await nextDocumentNumber(m, 'work_order_number_seq', 'WO', now),
      caseId: input.caseId,
      caseNumber: input.caseNumber,
      customerId: input.customerId,
      productModel: input.productModel,
      serialNumber: input.serialNumber,
      serviceMode: input.serviceMode,
      priority: input.priority,
      category: input.category,
      region: input.region,
      branchCode: branch,
      siteAddress: input.siteAddress ?? null,
      slaDueAt: input.slaDueAt ?? [],
      requiredSkill: requiredSkill(input.category),
      requiredLevel: input.requiredLevel ?? 1,
      // R-DS-1: an expert consultation goes to the technical center from the start.
      expert: input.serviceMode === 'expert-consultation',
      inWarranty: input.inWarranty,
      status: 'queued',
      engineerId: null,
      engineerName: null,
      assignment: null,
      queuedAt: now,
      queueReason: null,
      engineerResponse: input.engineerResponse ?? null,
      respondBy: null,
      customerContactedAt: null,
      repeatOf: null,
      // R-SLA-1: an on-site visit is arranged within 24 hours.
      arrangementDueAt: mayGoOnSite(input.serviceMode) ? arrangementDueAt(now) : null,
      arrangedAt: null,
      nextVisitAt: null,
      standbyUnit: null,
      partsUsed: [],
      warehouseCode: null,
      resolution: null,
      createdAt: now,
      assignedAt: null,
      completedAt: null,
      updatedAt: now,
      version: 1,
    });
    const past = (history ?? []).map((h) => ({ ...h, completedAt: new Date(h.completedAt) }));
    const hit = repeatedRepair(
      past.map((h) => ({ workOrderId: h.id, serialNumber: wo.serialNumber, category: h.category, completedAt: h.completedAt })),
      { serialNumber: wo.serialNumber, category: input.category, at: now },
    );
    const previous = hit ? past.find((h) => h.id === hit.workOrderId) : undefined;
    wo.repeatOf = previous?.id ?? null;
    await repo.insert(wo);
    const events: PendingEvent[] = [];
    if (previous) {
      events.push(pendingEvent(WorkOrderRepeatRepairFlaggedV1, { aggregateId: wo.id, sequence: wo.version, data: workOrderRepeatRepairFlaggedData(wo, previous, now) }));
    }
    const assigned = await this.assignment.autoAssign(m, wo, { kind: wo.expert ? 'escalated' : 'automatic', by, announceQueue: true });
    return { wo, events: [...events, ...assigned.events] };
  }
}
