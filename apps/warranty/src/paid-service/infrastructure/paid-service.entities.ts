import { Column, Entity, PrimaryColumn, ValueTransformer } from 'typeorm';
import type { RuleOutcome } from '../../entitlements/domain/entitlement.types';
import type { ClaimStatus } from '../domain/claim.lifecycle';
import type { QuoteDeduction, QuoteLine } from '../domain/quote.policy';

/** bigint minor units come back from pg as strings; amounts stay far below 2^53. */
const minor: ValueTransformer = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@Entity({ name: 'price_lists' })
export class PriceListEntity {
  @PrimaryColumn() code!: string;
  @Column({ type: 'uuid', unique: true }) id!: string;
  @Column({ type: 'char', length: 3 }) currency!: string;
  @Column({ name: 'labour_rate_per_hour_minor', type: 'bigint', transformer: minor }) labourRatePerHourMinor!: number;
  @Column({ name: 'travel_fee_minor', type: 'bigint', transformer: minor }) travelFeeMinor!: number;
  @Column({ type: 'jsonb' }) parts!: Record<string, number>;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** A service package (服务包) bought for a unit: labour minutes, travel and a parts allowance off paid service (R-DS-7). */
@Entity({ name: 'service_packages' })
export class ServicePackageEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'package_number', unique: true }) packageNumber!: string;
  @Column({ name: 'serial_number' }) serialNumber!: string;
  @Column({ name: 'labour_minutes', type: 'int' }) labourMinutes!: number;
  @Column() travel!: boolean;
  @Column({ name: 'parts_allowance_minor', type: 'bigint', transformer: minor }) partsAllowanceMinor!: number;
  @Column({ type: 'char', length: 3 }) currency!: string;
  @Column({ name: 'valid_from', type: 'date' }) validFrom!: string;
  @Column({ name: 'valid_to', type: 'date' }) validTo!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity({ name: 'quotes' })
export class QuoteEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'decision_id', type: 'uuid' }) decisionId!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'serial_number' }) serialNumber!: string;
  @Column({ name: 'price_list_code' }) priceListCode!: string;
  @Column({ name: 'package_number', type: 'text', nullable: true }) packageNumber!: string | null;
  @Column({ type: 'char', length: 3 }) currency!: string;
  @Column({ type: 'jsonb' }) lines!: QuoteLine[];
  @Column({ type: 'jsonb' }) deductions!: QuoteDeduction[];
  @Column({ name: 'subtotal_minor', type: 'bigint', transformer: minor }) subtotalMinor!: number;
  @Column({ name: 'total_minor', type: 'bigint', transformer: minor }) totalMinor!: number;
  @Column({ type: 'jsonb' }) rules!: RuleOutcome[];
  @Column({ name: 'created_by' }) createdBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** A claim on warranty for a free repair, priced on a price list, approved or rejected with a reason. */
@Entity({ name: 'warranty_claims' })
export class WarrantyClaimEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'decision_id', type: 'uuid', unique: true }) decisionId!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'serial_number' }) serialNumber!: string;
  @Column({ name: 'price_list_code' }) priceListCode!: string;
  @Column({ type: 'char', length: 3 }) currency!: string;
  @Column({ type: 'jsonb' }) lines!: QuoteLine[];
  @Column({ name: 'amount_minor', type: 'bigint', transformer: minor }) amountMinor!: number;
  @Column({ type: 'text' }) status!: ClaimStatus;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ name: 'submitted_by' }) submittedBy!: string;
  @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt!: Date;
  @Column({ name: 'decided_by', type: 'text', nullable: true }) decidedBy!: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ type: 'int' }) version!: number;
}

export const paidServiceEntities = [PriceListEntity, ServicePackageEntity, QuoteEntity, WarrantyClaimEntity];
