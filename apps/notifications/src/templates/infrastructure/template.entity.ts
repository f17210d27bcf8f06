import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A notice's wording for one event type, language and channel, as versioned data: the highest version is used, older
 * ones stay so a delivery can say which text it was rendered from. SMS texts are copies of the templates approved at
 * the gateway (`smsTemplateCode`); only their variables (`smsParams`) are sent.
 */
@Entity({ name: 'notification_templates' })
export class NotificationTemplateEntity {
  @PrimaryColumn('uuid') id!: string;
  /** What the notice is about, e.g. sla-breached (NOTICES in templates/domain/notices.ts). */
  @Column({ type: 'text' }) notice!: string;
  @Column({ type: 'text' }) language!: string;
  @Column({ type: 'text' }) channel!: string;
  @Column({ type: 'int' }) version!: number;
  @Column({ type: 'text', nullable: true }) subject!: string | null;
  @Column({ type: 'text' }) body!: string;
  @Column({ name: 'sms_template_code', type: 'text', nullable: true }) smsTemplateCode!: string | null;
  @Column({ name: 'sms_params', type: 'text', array: true }) smsParams!: string[];
}
