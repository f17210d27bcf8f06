import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrgUnitKind, OrgUnitManager } from '../domain/org-tree';

/** Call center, technical center, repair center and branches with the regions they cover (R-DS-3). */
@Entity({ name: 'org_units' })
export class OrgUnitEntity {
  @PrimaryColumn() code!: string;
  @Column() name!: string;
  @Column({ type: 'text' }) kind!: OrgUnitKind;
  @Column({ type: 'text', array: true }) regions!: string[];
  @Column({ type: 'text', array: true }) neighbours!: string[];
  /** The response-center manager (R-SLA-7), told of the unit's escalations by the notifier. */
  @Column({ type: 'jsonb', nullable: true }) manager!: OrgUnitManager | null;
  /** Counts the unit's changes: the sequence of its events. */
  @Column({ type: 'int', default: 0 }) version!: number;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
