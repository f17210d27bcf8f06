import { ContractExpiringV1Data } from '@aftersales/contracts-warranty';
import { ServiceContractEntity } from '../infrastructure/service-contract.entity';

/** contract.expiring.v1: the contract, what it promised and how many days are left to renew it (R-WA-6). */
export function contractExpiringData(contract: ServiceContractEntity, daysLeft: number, noticedAt: Date): ContractExpiringV1Data {
  return {
    contractId: contract.id,
    contractNumber: contract.contractNumber,
    serialNumber: contract.serialNumber,
    customerId: contract.customerId,
    tier: contract.tier,
    slaPlanCode: contract.slaPlanCode,
    endsOn: contract.endsOn,
    daysLeft,
    noticedAt: noticedAt.toISOString(),
  };
}
