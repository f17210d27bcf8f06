import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Someone the service may tell (R-SLA-7): how to reach them, in which language, and when not to wake them. */
@Entity({ name: 'directory_people' })
export class PersonEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  @Column({ name: 'preferred_channel', type: 'text' }) preferredChannel!: string;
  @Column({ type: 'text' }) language!: string;
  @Column({ name: 'time_zone', type: 'text' }) timeZone!: string;
  @Column({ name: 'quiet_hours_start', type: 'text', nullable: true }) quietHoursStart!: string | null;
  @Column({ name: 'quiet_hours_end', type: 'text', nullable: true }) quietHoursEnd!: string | null;
  /** The token subject of their login: their own inbox (R-IN-8 style: nobody else's). */
  @Column({ name: 'auth_subject', type: 'text', nullable: true, unique: true }) authSubject!: string | null;
  /** Ids other services name them by, e.g. dispatch's engineer id. */
  @Column({ name: 'external_ids', type: 'text', array: true }) externalIds!: string[];
  /** The org unit they belong to (an engineer's home branch, from dispatch). */
  @Column({ name: 'org_unit', type: 'text', nullable: true }) orgUnit!: string | null;
  /** False: deactivated in dispatch; holds no role any more. */
  @Column({ type: 'boolean', default: true }) active!: boolean;
  /** The changedAt of the newest dispatch event applied: an older one, replayed or late, changes nothing. */
  @Column({ name: 'dispatch_changed_at', type: 'timestamptz', nullable: true }) dispatchChangedAt!: Date | null;
  @Column({ type: 'int' }) version!: number;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** Who holds a role in an org unit (null: platform-wide) from when to when: the on-call roster (R-SLA-7). */
@Entity({ name: 'directory_role_assignments' })
export class RoleAssignmentEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ type: 'text' }) role!: string;
  @Column({ name: 'org_unit', type: 'text', nullable: true }) orgUnit!: string | null;
  @Column({ name: 'person_id', type: 'uuid' }) personId!: string;
  @Column({ name: 'valid_from', type: 'timestamptz' }) validFrom!: Date;
  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true }) validUntil!: Date | null;
  /** null: entered over the API; `dispatch:org-unit:<code>`: the unit's manager as dispatch names them. */
  @Column({ type: 'text', nullable: true }) source!: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** Dispatch's organisation units as the notifier knows them (OrgUnitChangedV1): which branch covers which region. */
@Entity({ name: 'directory_org_units' })
export class OrgUnitEntity {
  @PrimaryColumn('text') code!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text', array: true }) regions!: string[];
  @Column({ name: 'manager_person_id', type: 'uuid', nullable: true }) managerPersonId!: string | null;
  @Column({ name: 'changed_at', type: 'timestamptz' }) changedAt!: Date;
}

/** Where a case belongs: the region of its site (intake) and the engineer assigned to it last (dispatch). */
@Entity({ name: 'directory_case_branches' })
export class CaseBranchEntity {
  @PrimaryColumn('uuid', { name: 'case_id' }) caseId!: string;
  @Column({ type: 'text', nullable: true }) region!: string | null;
  /** Dispatch's engineer id. */
  @Column({ name: 'engineer_id', type: 'text', nullable: true }) engineerId!: string | null;
  @Column({ name: 'assigned_at', type: 'timestamptz', nullable: true }) assignedAt!: Date | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
