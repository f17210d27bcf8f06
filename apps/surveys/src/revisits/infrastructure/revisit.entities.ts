import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RevisitKind, RevisitPlanDefinition, RevisitStatus } from '../domain/revisit-plan';

/** One version of a revisit plan; a change is a new version (R-SV-2). */
@Entity({ name: 'revisit_plans' })
export class RevisitPlanEntity {
  @PrimaryColumn('text') code!: string;
  @PrimaryColumn('int') version!: number;
  @Column({ type: 'jsonb' }) definition!: RevisitPlanDefinition;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'created_by', type: 'text' }) createdBy!: string;
}

/** A service contract learnt from warranty's events, with the customer it belongs to (R-SV-2). */
@Entity({ name: 'revisit_contracts' })
export class RevisitContractEntity {
  @PrimaryColumn('uuid', { name: 'contract_id' }) contractId!: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  @Column({ name: 'serial_number', type: 'text' }) serialNumber!: string;
  @Column({ name: 'product_model', type: 'text', nullable: true }) productModel!: string | null;
  @Column({ name: 'sla_plan_code', type: 'text', nullable: true }) slaPlanCode!: string | null;
  @Column({ name: 'ends_on', type: 'date', nullable: true }) endsOn!: string | null;
  @Column({ name: 'learned_at', type: 'timestamptz' }) learnedAt!: Date;
}

export interface NewProblem {
  description: string;
  fault: boolean;
  /** The id intake opens its case under, for a fault. */
  faultId: string | null;
}

/** A revisit (回访) task: due on a working day, with its outcome once done (R-SV-2). */
@Entity({ name: 'revisits' })
export class RevisitEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'plan_code', type: 'text' }) planCode!: string;
  @Column({ name: 'plan_version', type: 'int' }) planVersion!: number;
  @Column({ type: 'text' }) kind!: RevisitKind;
  /** case:<caseId>:<plan> or contract:<contractId>:<plannedOn>: a replayed event plans nothing twice. */
  @Column({ name: 'source_key', type: 'text', unique: true }) sourceKey!: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId!: string | null;
  @Column({ name: 'contract_id', type: 'uuid', nullable: true }) contractId!: string | null;
  @Column({ name: 'product_model', type: 'text', nullable: true }) productModel!: string | null;
  @Column({ name: 'serial_number', type: 'text', nullable: true }) serialNumber!: string | null;
  /** The date the plan gives, before it is moved to a working day. */
  @Column({ name: 'planned_on', type: 'date' }) plannedOn!: string;
  @Column({ name: 'due_on', type: 'date' }) dueOn!: string;
  @Column({ type: 'text' }) status!: RevisitStatus;
  @Column({ type: 'int' }) attempts!: number;
  @Column({ type: 'text', nullable: true }) findings!: string | null;
  @Column({ type: 'int', nullable: true }) satisfaction!: number | null;
  @Column({ name: 'new_problems', type: 'jsonb' }) newProblems!: NewProblem[];
  @Column({ name: 'completed_by', type: 'text', nullable: true }) completedBy!: string | null;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'int' }) version!: number;
}
