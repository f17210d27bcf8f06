import { Column, Entity, PrimaryColumn } from 'typeorm';

export type DeliveryStatus = 'queued' | 'held' | 'digested' | 'sent' | 'delivered' | 'failed';

/**
 * One notice to one person on one channel. `key` derives from the event id (event:person:channel): written in the
 * consumer's transaction, so a redelivered event finds it and adds nothing.
 */
@Entity({ name: 'notification_deliveries' })
export class DeliveryEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ type: 'text', unique: true }) key!: string;
  @Column({ name: 'event_id', type: 'text' }) eventId!: string;
  @Column({ name: 'event_type', type: 'text' }) eventType!: string;
  @Column({ type: 'text' }) notice!: string;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId!: string | null;
  @Column({ name: 'person_id', type: 'uuid' }) personId!: string;
  @Column({ type: 'text' }) channel!: string;
  /** The email address or phone number it went to (a person's own contact, not a customer's). */
  @Column({ type: 'text', nullable: true }) address!: string | null;
  @Column({ type: 'text', nullable: true }) priority!: string | null;
  @Column({ type: 'boolean' }) urgent!: boolean;
  @Column({ type: 'text' }) status!: DeliveryStatus;
  @Column({ type: 'text' }) language!: string;
  @Column({ name: 'template_id', type: 'uuid', nullable: true }) templateId!: string | null;
  @Column({ name: 'template_version', type: 'int', nullable: true }) templateVersion!: number | null;
  @Column({ type: 'text', nullable: true }) subject!: string | null;
  @Column({ type: 'text' }) body!: string;
  @Column({ name: 'sms_template_code', type: 'text', nullable: true }) smsTemplateCode!: string | null;
  @Column({ name: 'sms_params', type: 'jsonb', nullable: true }) smsParams!: Record<string, string> | null;
  @Column({ type: 'int' }) attempts!: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError!: string | null;
  @Column({ name: 'provider_ref', type: 'text', nullable: true }) providerRef!: string | null;
  @Column({ name: 'hold_until', type: 'timestamptz', nullable: true }) holdUntil!: Date | null;
  @Column({ name: 'digest_id', type: 'uuid', nullable: true }) digestId!: string | null;
  @Column({ name: 'queued_at', type: 'timestamptz' }) queuedAt!: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true }) failedAt!: Date | null;
  /** The provider's receipt said the handset got it. */
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true }) deliveredAt!: Date | null;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt!: Date | null;
}

/** A role or user an event named that resolved to nobody (R-SLA-7: recorded and reported, never dropped). */
@Entity({ name: 'notification_unresolved' })
export class UnresolvedRecipientEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'event_id', type: 'text' }) eventId!: string;
  @Column({ name: 'event_type', type: 'text' }) eventType!: string;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId!: string | null;
  @Column({ type: 'text' }) kind!: 'role' | 'user';
  @Column({ type: 'text' }) ref!: string;
  @Column({ type: 'text' }) reason!: string;
  /** The case's branch the role was looked for in; null: not known, platform-wide. */
  @Column({ name: 'org_unit', type: 'text', nullable: true }) orgUnit!: string | null;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
}
