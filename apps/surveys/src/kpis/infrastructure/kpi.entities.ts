import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CaseFacts } from '../domain/case-facts';
import type { KpiDefinitionDocument } from '../domain/kpi-definition';
import type { FigureChange } from '../domain/kpi-figures';

/** One version of the KPI definitions (R-SV-4): the newest is in force; earlier ones stay readable. */
@Entity({ name: 'kpi_definitions' })
export class KpiDefinitionEntity {
  @PrimaryColumn('int') version!: number;
  @Column({ type: 'jsonb' }) document!: KpiDefinitionDocument;
  @Column({ type: 'text' }) note!: string;
  @Column({ name: 'created_by', type: 'text' }) createdBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  /** What recomputing the history under this version changed against the one before (null for version 1). */
  @Column({ type: 'jsonb', nullable: true }) changes!: FigureChange[] | null;
}

/** Every fact taken from an event, as it was taken: the history a new definition is recomputed from. */
@Entity({ name: 'kpi_facts' })
export class KpiFactEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' }) eventId!: string;
  @PrimaryColumn({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ name: 'event_time', type: 'timestamptz' }) eventTime!: Date;
  @Column({ type: 'jsonb' }) fact!: object;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
}

/** The fold of a case's facts (domain/case-facts.ts). */
@Entity({ name: 'kpi_cases' })
export class KpiCaseEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ type: 'jsonb' }) facts!: CaseFacts;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** The projection: per definition version, KPI, dimension key and local day (and month), the sums of numerator and denominator. */
@Entity({ name: 'kpi_cells' })
export class KpiCellEntity {
  @PrimaryColumn('int') version!: number;
  @PrimaryColumn({ type: 'text' }) dimension!: string;
  /** day, or month (day is then the first of the month). */
  @PrimaryColumn({ type: 'text' }) grain!: string;
  @PrimaryColumn({ type: 'text' }) key!: string;
  @PrimaryColumn({ type: 'date' }) day!: string;
  @PrimaryColumn({ type: 'text' }) kpi!: string;
  @Column({ type: 'double precision' }) num!: number;
  @Column({ type: 'double precision' }) den!: number;
}

/** R-SLA-7: every SLA breach, one row per sla.breached event. */
@Entity({ name: 'kpi_breaches' })
export class KpiBreachEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'case_number', type: 'text' }) caseNumber!: string;
  @Column({ type: 'text' }) clock!: string;
  @Column({ type: 'text' }) priority!: string;
  @Column({ name: 'plan_code', type: 'text' }) planCode!: string;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  @Column({ name: 'breached_at', type: 'timestamptz' }) breachedAt!: Date;
  @Column({ type: 'date' }) day!: string;
}

/** Units known to be under a service contract (from entitlement decisions): the fleet of equipment availability. */
@Entity({ name: 'kpi_contract_units' })
export class KpiContractUnitEntity {
  @PrimaryColumn({ name: 'contract_id', type: 'uuid' }) contractId!: string;
  @PrimaryColumn({ name: 'serial_number', type: 'text' }) serialNumber!: string;
  @Column({ name: 'customer_id', type: 'uuid', nullable: true }) customerId!: string | null;
  @Column({ name: 'product_model', type: 'text', nullable: true }) productModel!: string | null;
}

export const kpiEntities = [KpiDefinitionEntity, KpiFactEntity, KpiCaseEntity, KpiCellEntity, KpiBreachEntity, KpiContractUnitEntity];
