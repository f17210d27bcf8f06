import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SurveyStatus } from '../domain/survey-lifecycle';
import type { ResponseChannel, SurveyChannel } from '../domain/survey.policy';

/** One survey per closed case (R-SV-1); `version` is the envelope sequence of its events. */
@Entity({ name: 'surveys' })
export class SurveyEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'case_id', type: 'uuid', unique: true }) caseId!: string;
  @Column({ name: 'case_number', type: 'text' }) caseNumber!: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  @Column({ name: 'template_code', type: 'text' }) templateCode!: string;
  @Column({ type: 'text' }) status!: SurveyStatus;
  /** Where the send was made; recorded, not yet delivered by email/SMS. */
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
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt!: Date;
  /** user:<subject> of whoever submitted it (the customer, or the agent who took the call). */
  @Column({ name: 'recorded_by', type: 'text' }) recordedBy!: string;
}
