import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { nextDocumentNumber } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { AssignmentService, Publish } from '../../assignment.service';
import { requiredSkill } from '../../domain/assignment.policy';
import { WorkOrderEntity } from '../../infrastructure/work-order.entity';

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
}

/**
 * A work order for a case (from case.dispatch-requested or created by hand), assigned at once when an engineer is
 * eligible, else queued with the reasons (R-DS-1, R-DS-3). One work order per case.
 */
@Injectable()
export class CreateWorkOrderCommand {
  constructor(
    private readonly assignment: AssignmentService,
    private readonly clock: Clock,
  ) {}

  /** Returns the new order, or null when the case already has one. */
  async createIn(m: EntityManager, input: NewWorkOrder, publish: Publish, by: string): Promise<WorkOrderEntity | null> {
    const repo = m.getRepository(WorkOrderEntity);
    if (await repo.existsBy({ caseId: input.caseId })) return null;
    const now = this.clock.now();
    const [branch]: { code: string }[] = input.region
      ? await m.query(`SELECT code FROM org_units WHERE kind = 'branch' AND $1 = ANY(regions) ORDER BY code LIMIT 1`, [input.region])
      : [];
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
      branchCode: branch?.code ?? null,
      siteAddress: input.siteAddress ?? null,
      requiredSkill: requiredSkill(input.category),
      requiredLevel: input.requiredLevel ?? 1,
      // R-DS-1: an expert consultation goes to the technical center from the start.
      expert: input.serviceMode === 'expert-consultation',
      inWarranty: input.inWarranty,
      status: 'queued',
      engineerId: null,
      assignment: null,
      queuedAt: now,
      queueReason: null,
      respondBy: null,
      customerContactedAt: null,
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
    await repo.insert(wo);
    await this.assignment.autoAssign(m, wo, publish, { kind: wo.expert ? 'escalated' : 'automatic', by, announceQueue: true });
    return wo;
  }
}
