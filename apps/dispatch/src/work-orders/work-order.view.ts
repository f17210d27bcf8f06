import { WorkOrderEntity } from './infrastructure/work-order.entity';

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
    region: w.region,
    requiredSkill: w.requiredSkill,
    inWarranty: w.inWarranty,
    status: w.status,
    engineerId: w.engineerId,
    assignment: w.assignment,
    partsUsed: w.partsUsed,
    warehouseCode: w.warehouseCode,
    resolution: w.resolution,
    createdAt: w.createdAt.toISOString(),
    assignedAt: w.assignedAt?.toISOString() ?? null,
    completedAt: w.completedAt?.toISOString() ?? null,
    version: w.version,
  };
}
