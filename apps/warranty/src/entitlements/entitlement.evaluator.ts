import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { ProductModelEntity, UnitEntity } from '../installed-base/infrastructure/installed-base.entities';
import { ServiceContractEntity, toContractTerms } from '../service-contracts/infrastructure/service-contract.entity';
import { EntitlementDecision, UnitRecord, WarrantyPolicy, decideEntitlement } from './domain/entitlement.policy';
import type { Diagnosis } from './domain/exclusions.policy';
import type { PastRepair } from './domain/repeat-repair.policy';
import type { ReturnExchangeRequest } from './domain/return-exchange.policy';
import { UnitRepairEntity } from './infrastructure/unit-repair.entity';

export interface EvaluateInput {
  serialNumber: string;
  /** As reported on the case; the registered unit's model wins. */
  productModel: string | null;
  /** As reported on the case; used only where no date is registered. */
  purchaseDate: string | null;
  at: Date;
  /** Evidence from after the case opened, and the case it is for (its own repair is not an earlier one). */
  diagnosis?: Diagnosis | null;
  returnRequest?: ReturnExchangeRequest | null;
  caseId?: string;
}

/** Loads the evidence (the registered unit, its model's policy) and applies the pure rules. */
@Injectable()
export class EntitlementEvaluator {
  constructor(private readonly config: AppConfig) {}

  get timeZone(): string {
    return this.config.get<string>('WARRANTY_TIME_ZONE');
  }

  async evaluate(m: EntityManager, input: EvaluateInput): Promise<EntitlementDecision> {
    const unit = await m.getRepository(UnitEntity).findOneBy({ serialNumber: input.serialNumber });
    const modelCode = unit?.modelCode ?? input.productModel;
    const model = modelCode ? await m.getRepository(ProductModelEntity).findOneBy({ code: modelCode }) : null;
    const contracts = unit ? await m.getRepository(ServiceContractEntity).findBy({ serialNumber: unit.serialNumber }) : [];
    const repairHistory = input.diagnosis ? await this.earlierRepairs(m, input.serialNumber, input.diagnosis.faultCode, input.caseId) : [];
    return decideEntitlement({
      serialNumber: input.serialNumber,
      unit: unit ? toUnitRecord(unit) : null,
      policy: model ? toPolicy(model) : null,
      reported: { productModel: input.productModel, purchaseDate: input.purchaseDate },
      at: input.at,
      timeZone: this.timeZone,
      contracts: contracts.map(toContractTerms),
      diagnosis: input.diagnosis ?? null,
      returnRequest: input.returnRequest ?? null,
      repairHistory,
    });
  }

  /** Repairs of the same fault on the unit's other cases (R-WA-4). */
  private async earlierRepairs(m: EntityManager, serialNumber: string, faultCode: string, caseId: string | undefined): Promise<PastRepair[]> {
    const rows = await m.getRepository(UnitRepairEntity).findBy({ serialNumber, faultCode });
    return rows.filter((r) => r.caseId !== caseId).map((r) => ({ caseId: r.caseId, faultCode: r.faultCode, repairedOn: r.repairedOn }));
  }
}

function toUnitRecord(u: UnitEntity): UnitRecord {
  return {
    serialNumber: u.serialNumber,
    modelCode: u.modelCode,
    purchaseDate: u.purchaseDate,
    deliveryDate: u.deliveryDate,
    acceptanceDate: u.acceptanceDate,
    proofType: u.proofType,
  };
}

function toPolicy(p: ProductModelEntity): WarrantyPolicy {
  return { modelCode: p.code, warrantyMonths: p.warrantyMonths, startBasis: p.startBasis, coverage: p.coverage, slaPlanCode: p.slaPlanCode ?? null };
}
