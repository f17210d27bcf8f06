import { z } from 'zod';
import { ServiceDefinition } from '@aftersales/platform-service-defaults';
import { EntitlementDecisionEntity } from './entitlements/infrastructure/entitlement-decision.entity';
import { ProductModelEntity, UnitEntity, UnitOwnershipEntity, UnitSwapEntity } from './installed-base/infrastructure/installed-base.entities';
import { CreateWarranty1732320003000 } from './migrations/1732320003000-create-warranty';
import { InstalledBaseIds1732320003100 } from './migrations/1732320003100-installed-base-ids';
import { DecisionExplanation1732320003200 } from './migrations/1732320003200-decision-explanation';
import { UnitOwnership1732320003300 } from './migrations/1732320003300-unit-ownership';
import { ServiceContracts1732320003400 } from './migrations/1732320003400-service-contracts';
import { DecisionEvidence1732320003500 } from './migrations/1732320003500-decision-evidence';
import { PaidService1732320003600 } from './migrations/1732320003600-paid-service';
import { UnitSwaps1732320003700 } from './migrations/1732320003700-unit-swaps';
import { ContractSlaTerms1732320003750 } from './migrations/1732320003750-contract-sla-terms';
import { paidServiceEntities } from './paid-service/infrastructure/paid-service.entities';
import { UnitRepairEntity } from './entitlements/infrastructure/unit-repair.entity';
import { ServiceContractEntity } from './service-contracts/infrastructure/service-contract.entity';

export const warrantyService: ServiceDefinition = {
  service: 'warranty',
  title: 'Warranty and entitlement',
  description: 'Product models, registered units, service contracts and explainable entitlement decisions (docs/domain.md R-WA-*).',
  entities: [ProductModelEntity, UnitEntity, UnitOwnershipEntity, UnitSwapEntity, ServiceContractEntity, EntitlementDecisionEntity, UnitRepairEntity, ...paidServiceEntities],
  migrations: [
    CreateWarranty1732320003000,
    InstalledBaseIds1732320003100,
    DecisionExplanation1732320003200,
    UnitOwnership1732320003300,
    ServiceContracts1732320003400,
    DecisionEvidence1732320003500,
    PaidService1732320003600,
    UnitSwaps1732320003700,
    ContractSlaTerms1732320003750,
  ],
  configSchema: z.object({
    // Warranty days end at midnight in the seller's zone (R-WA-1), whatever zone the server runs in.
    WARRANTY_TIME_ZONE: z
      .string()
      .refine((zone) => Intl.supportedValuesOf('timeZone').includes(zone) || zone === 'UTC', 'must be an IANA time zone')
      .default('Asia/Shanghai'),
    // R-WA-6: how long before a service contract's last day contract.expiring.v1 goes out.
    CONTRACT_EXPIRY_NOTICE_DAYS: z.coerce.number({ error: 'must be a number' }).int().min(1).max(365).default(30),
  }),
};
