import { VisitEntity } from './infrastructure/visit.entity';

export function toVisitView(v: VisitEntity) {
  return {
    id: v.id,
    workOrderId: v.workOrderId,
    engineerId: v.engineerId,
    visitNumber: v.visitNumber,
    status: v.status,
    arrivedAt: v.arrivedAt,
    diagnosis: v.diagnosis,
    repairPlan: v.repairPlan,
    workLog: v.workLog,
    partsUsed: v.partsUsed,
    partsConsent: v.partsConsent,
    warehouseCode: v.warehouseCode,
    testResults: v.testResults,
    qualityCheck: v.qualityCheck,
    signOff: v.signOff,
    resolution: v.resolution,
    incomplete: v.incomplete,
    endedAt: v.endedAt,
    version: v.version,
  };
}

export type VisitView = ReturnType<typeof toVisitView>;
