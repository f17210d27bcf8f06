import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Coverage } from '../../entitlements/domain/entitlement.types';
import type { ServiceContractTerms } from '../../entitlements/domain/service-contract.policy';

export interface ServiceTargets {
  responseMinutes: number;
  onSiteMinutes: number;
  fixMinutes: number | null;
  /** R-WA-6: these targets (and the tier's calendar) run the case's clocks instead of the plan's. */
  runClocks?: boolean;
  calendarId?: string;
}

/** A service contract or extended warranty bought for one unit (R-WA-6). */
@Entity({ name: 'service_contracts' })
export class ServiceContractEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'contract_number', unique: true }) contractNumber!: string;
  @Column({ name: 'serial_number' }) serialNumber!: string;
  @Column({ name: 'customer_id', type: 'uuid', nullable: true }) customerId!: string | null;
  @Column({ type: 'text' }) tier!: ServiceContractTerms['tier'];
  @Column({ name: 'sla_plan_code' }) slaPlanCode!: string;
  @Column({ type: 'jsonb' }) targets!: ServiceTargets;
  @Column({ type: 'jsonb' }) coverage!: Coverage;
  @Column({ name: 'starts_on', type: 'date' }) startsOn!: string;
  @Column({ name: 'ends_on', type: 'date' }) endsOn!: string;
  /** Integer minor units (fen, cents): money is never a float. */
  @Column({ name: 'price_minor', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) priceMinor!: number;
  @Column({ type: 'char', length: 3 }) currency!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

export function toContractTerms(c: ServiceContractEntity): ServiceContractTerms {
  return { contractId: c.id, contractNumber: c.contractNumber, tier: c.tier, slaPlanCode: c.slaPlanCode, startsOn: c.startsOn, endsOn: c.endsOn, coverage: c.coverage, targets: c.targets };
}
