import { WorkOrderAssignmentEntity, WorkOrderEntity } from './infrastructure/work-order.entity';

export function toWorkOrderView(w: WorkOrderEntity) {
  return {
    id: w.id,
    workOrderNumber: w.workOrderNumber,
    caseId: w.caseId,
    caseNumber: w.caseNumber,
    customerId: w.customerId,
    productModel: w.productModel,
    serialNumber: w.serialNumber,
    serviceMode: w.serviceMode,
    priority: w.priority,
    category: w.category,
    region: w.region,
    branchCode: w.branchCode,
    siteAddress: w.siteAddress,
    requiredSkill: w.requiredSkill,
    requiredLevel: w.requiredLevel,
    expert: w.expert,
    inWarranty: w.inWarranty,
    status: w.status,
    engineerId: w.engineerId,
    engineerName: w.engineerName ?? null,
    assignment: w.assignment,
    queuedAt: w.queuedAt?.toISOString() ?? null,
    queueReason: w.queueReason,
    engineerResponse: w.engineerResponse,
    respondBy: w.respondBy?.toISOString() ?? null,
    slaDueAt: w.slaDueAt,
    customerContactedAt: w.customerContactedAt?.toISOString() ?? null,
    repeatOf: w.repeatOf,
    arrangementDueAt: w.arrangementDueAt?.toISOString() ?? null,
    arrangedAt: w.arrangedAt?.toISOString() ?? null,
    nextVisitAt: w.nextVisitAt?.toISOString() ?? null,
    standbyUnit: w.standbyUnit,
    partsUsed: w.partsUsed,
    warehouseCode: w.warehouseCode,
    resolution: w.resolution,
    createdAt: w.createdAt.toISOString(),
    assignedAt: w.assignedAt?.toISOString() ?? null,
    completedAt: w.completedAt?.toISOString() ?? null,
    updatedAt: w.updatedAt.toISOString(),
    version: w.version,
  };
}

export type WorkOrderView = ReturnType<typeof toWorkOrderView>;

export function toAssignmentView(a: WorkOrderAssignmentEntity) {
  return {
    id: a.id,
    engineerId: a.engineerId,
    engineerName: a.engineerName ?? null,
    kind: a.kind,
    score: a.score,
    assignedBy: a.assignedBy,
    respondImmediately: a.respondImmediately,
    note: a.note,
    assignedAt: a.assignedAt.toISOString(),
    endedAt: a.endedAt?.toISOString() ?? null,
    endReason: a.endReason,
  };
}
