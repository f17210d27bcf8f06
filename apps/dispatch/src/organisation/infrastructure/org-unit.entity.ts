import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrgUnitKind } from '../domain/org-tree';

/** Call center, technical center, repair center and branches with the regions they cover (R-DS-3). */
@Entity({ name: 'org_units' })
export class OrgUnitEntity {
  @PrimaryColumn() code!: string;
  @Column() name!: string;
  @Column({ type: 'text' }) kind!: OrgUnitKind;
  @Column({ type: 'text', array: true }) regions!: string[];
  @Column({ type: 'text', array: true }) neighbours!: string[];
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
