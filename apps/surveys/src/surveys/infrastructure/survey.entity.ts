import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SurveyStatus } from '../domain/survey-lifecycle';
import type { Answer, FollowUp, Language } from '../../survey-templates/domain/survey-template';
import type { ResponseChannel, SurveyChannel } from '../domain/survey.policy';

/** One survey per closed case, or per closure when configured (R-SV-1); `version` is the envelope sequence of its events. */
@Entity({ name: 'surveys' })
export class SurveyEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'case_number', type: 'text' }) caseNumber!: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  @Column({ name: 'template_code', type: 'text' }) templateCode!: string;
  @Column({ name: 'template_version', type: 'int' }) templateVersion!: number;
  @Column({ type: 'text' }) language!: Language;
  @Column({ name: 'closed_at', type: 'timestamptz' }) closedAt!: Date;
  /** The id (jti) of the one link that answers this survey; null for surveys from before links. */
  @Column({ name: 'link_id', type: 'uuid', nullable: true }) linkId!: string | null;
  @Column({ name: 'remind_at', type: 'timestamptz', nullable: true }) remindAt!: Date | null;
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true }) remindedAt!: Date | null;
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt!: Date | null;
  @Column({ name: 'expired_at', type: 'timestamptz', nullable: true }) expiredAt!: Date | null;
  @Column({ type: 'text' }) status!: SurveyStatus;
  /** portal: shown in the portal only (before links); link: the invitation event went out and the portal shows it. */
  @Column({ type: 'text' }) channel!: SurveyChannel;
  @Column({ name: 'sent_at', type: 'timestamptz' }) sentAt!: Date;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt!: Date | null;
  @Column({ type: 'int' }) version!: number;
}

@Entity({ name: 'survey_responses' })
export class SurveyResponseEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'survey_id', type: 'uuid', unique: true }) surveyId!: string;
  @Column({ type: 'int' }) score!: number;
  @Column({ type: 'text', nullable: true }) comment!: string | null;
  @Column({ type: 'text' }) channel!: ResponseChannel;
  @Column({ type: 'jsonb' }) answers!: Answer[];
  /** R-SV-3: what the low scores led to; each names its question and score. */
  @Column({ name: 'follow_ups', type: 'jsonb' }) followUps!: FollowUp[];
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt!: Date;
  /** user:<subject> of whoever submitted it (the customer, or the agent who took the call). */
  @Column({ name: 'recorded_by', type: 'text' }) recordedBy!: string;
}
