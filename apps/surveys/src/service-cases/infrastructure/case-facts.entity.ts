import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What surveys knows of a case from intake's case.opened and warranty's entitlement.determined: the channel and
 * contract that choose its survey template (R-SV-1), and the unit its revisits are about (R-SV-2).
 */
@Entity({ name: 'survey_case_facts' })
export class CaseFactsEntity {
  @PrimaryColumn('uuid', { name: 'case_id' }) caseId!: string;
  @Column({ name: 'customer_id', type: 'uuid', nullable: true }) customerId!: string | null;
  @Column({ type: 'text', nullable: true }) channel!: string | null;
  @Column({ type: 'text', nullable: true }) category!: string | null;
  @Column({ name: 'product_model', type: 'text', nullable: true }) productModel!: string | null;
  @Column({ name: 'serial_number', type: 'text', nullable: true }) serialNumber!: string | null;
  @Column({ name: 'contract_id', type: 'uuid', nullable: true }) contractId!: string | null;
  @Column({ name: 'sla_plan_code', type: 'text', nullable: true }) slaPlanCode!: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
