import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { IncompleteEnd, PartLine, QualityCheck, RepairPlan, SignOff, TestResult, Visit, VisitStatus } from '../domain/visit';

const iso = { to: (v: string | null) => v, from: (v: Date | null) => v?.toISOString() ?? null };

@Entity({ name: 'visits' })
export class VisitEntity implements Visit {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'work_order_id', type: 'uuid' }) workOrderId!: string;
  @Column({ name: 'engineer_id', type: 'uuid' }) engineerId!: string;
  @Column({ name: 'visit_number', type: 'int' }) visitNumber!: number;
  @Column({ type: 'text' }) status!: VisitStatus;
  @Column({ name: 'arrived_at', type: 'timestamptz', transformer: iso }) arrivedAt!: string;
  @Column({ type: 'text', nullable: true }) diagnosis!: string | null;
  @Column({ name: 'repair_plan', type: 'jsonb', nullable: true }) repairPlan!: RepairPlan | null;
  @Column({ name: 'work_log', type: 'jsonb' }) workLog!: { at: string; note: string }[];
  @Column({ name: 'parts_used', type: 'jsonb' }) partsUsed!: PartLine[];
  @Column({ name: 'parts_consent', type: 'jsonb', nullable: true }) partsConsent!: { customerName: string; consentedAt: string } | null;
  @Column({ name: 'warehouse_code', type: 'text', nullable: true }) warehouseCode!: string | null;
  @Column({ name: 'test_results', type: 'jsonb' }) testResults!: TestResult[];
  @Column({ name: 'quality_check', type: 'jsonb', nullable: true }) qualityCheck!: QualityCheck | null;
  @Column({ name: 'sign_off', type: 'jsonb', nullable: true }) signOff!: SignOff | null;
  @Column({ name: 'signature_png', type: 'bytea', nullable: true, select: false }) signaturePng!: Buffer | null;
  @Column({ type: 'text', nullable: true }) resolution!: string | null;
  @Column({ type: 'jsonb', nullable: true }) incomplete!: IncompleteEnd | null;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true, transformer: iso }) endedAt!: string | null;
  @Column({ type: 'int' }) version!: number;
}
