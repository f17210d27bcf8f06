import { Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import { DataSource, EntityManager } from 'typeorm';
import { EntitlementChangedV1 } from '@aftersales/contracts-warranty';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { EntitlementDecision, localDate } from '../../domain/entitlement.policy';
import { EntitlementEvaluator } from '../../entitlement.evaluator';
import { decisionNotFound } from '../../entitlements.errors';
import { EntitlementDecisionView, toDecisionView } from '../../entitlement.view';
import { EntitlementDecisionEntity } from '../../infrastructure/entitlement-decision.entity';
import { UnitRepairEntity } from '../../infrastructure/unit-repair.entity';
import { entitlementChangedData } from '../../integration/entitlement-changed.mapping';
import { AddEvidenceRequest } from './add-evidence.request';

export interface EvidenceResult {
  changed: boolean;
  decision: EntitlementDecisionView;
}

/**
 * New evidence re-evaluates a case's decision for the day the case opened (R-WA-7): a diagnosis may exclude the fault
 * (R-WA-2), find it defective on arrival (R-WA-3) or one fault back after three repairs (R-WA-4). The decision keeps every
 * rule and the evidence; when what the customer gets changes, entitlement.changed.v1 says so in the same transaction.
 */
@Injectable()
export class AddEvidenceCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly evaluator: EntitlementEvaluator,
    private readonly outbox: OutboxService,
  ) {}

  async execute(decisionId: string, request: AddEvidenceRequest, user: AuthUser): Promise<EvidenceResult> {
    return this.dataSource.transaction((m) => this.applyIn(m, decisionId, request, user.sub));
  }

  /** The same, inside the caller's transaction (dispatch's work-order.diagnosed handler). */
  async applyIn(m: EntityManager, decisionId: string, request: Pick<AddEvidenceRequest, 'diagnosis' | 'returnRequest'>, by: string): Promise<EvidenceResult> {
    const repo = m.getRepository(EntitlementDecisionEntity);
    const row = await repo.findOne({ where: { id: decisionId }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw decisionNotFound(decisionId);
    const diagnosis = request.diagnosis
      ? {
          faultCode: request.diagnosis.faultCode,
          cause: request.diagnosis.cause,
          defectiveOnArrival: request.diagnosis.defectiveOnArrival,
          diagnosedAt: request.diagnosis.diagnosedAt,
          by: request.diagnosis.engineerId ? `engineer ${request.diagnosis.engineerId}` : by,
          workOrderId: request.diagnosis.workOrderId ?? null,
        }
      : row.diagnosis;
    const returnRequest = request.returnRequest ?? row.returnRequest;
    const decision = await this.evaluator.evaluate(m, {
      serialNumber: row.serialNumber,
      productModel: row.evidence.reported.productModel,
      purchaseDate: row.evidence.reported.purchaseDate,
      at: row.decidedFor,
      diagnosis,
      returnRequest,
      caseId: row.caseId,
    });
    const previous = outcome(row);
    const current = outcome(decision);
    const changed = !isDeepStrictEqual(previous, current) || !isDeepStrictEqual(row.coverage, decision.coverage);

    row.inWarranty = decision.inWarranty;
    row.remedy = decision.remedy;
    row.warrantyStartsOn = decision.warrantyStartsOn;
    row.warrantyEndsOn = decision.warrantyEndsOn;
    row.coverage = decision.coverage;
    row.allowedServiceModes = decision.allowedServiceModes;
    row.slaPlanCode = decision.slaPlanCode;
    row.slaTerms = decision.slaTerms;
    row.contractId = decision.contract?.contractId ?? null;
    row.rules = decision.rules;
    row.evidence = decision.evidence;
    row.diagnosis = diagnosis;
    row.returnRequest = returnRequest;
    row.decidedAt = new Date();
    row.version += 1;
    await repo.save(row);

    if (diagnosis) {
      // The diagnosed fault is this case's repair of the unit; a later diagnosis on the case replaces it.
      const repairedOn = localDate(new Date(diagnosis.diagnosedAt), decision.evidence.timeZone);
      await m
        .createQueryBuilder()
        .insert()
        .into(UnitRepairEntity)
        .values({ caseId: row.caseId, serialNumber: row.serialNumber, decisionId: row.id, faultCode: diagnosis.faultCode, repairedOn, recordedAt: new Date() })
        .orUpdate(['fault_code', 'repaired_on', 'recorded_at', 'decision_id'], ['case_id'])
        .execute();
    }

    if (changed) {
      await this.outbox.append(m, EntitlementChangedV1, { aggregateId: row.id, sequence: row.version, data: entitlementChangedData(row, decision, previous, current) });
    }
    return { changed, decision: toDecisionView(row) };
  }
}

function outcome(d: Pick<EntitlementDecision, 'inWarranty' | 'remedy' | 'allowedServiceModes' | 'slaPlanCode'>) {
  return { inWarranty: d.inWarranty, remedy: d.remedy, allowedServiceModes: [...d.allowedServiceModes], slaPlanCode: d.slaPlanCode };
}
