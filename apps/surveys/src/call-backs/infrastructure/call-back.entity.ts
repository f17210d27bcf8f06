import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A call-back task from a low survey score (R-SV-3), linked to its survey and answer. */
@Entity({ name: 'survey_call_backs' })
export class CallBackEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'survey_id', type: 'uuid' }) surveyId!: string;
  @Column({ name: 'response_id', type: 'uuid', unique: true }) responseId!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'customer_id', type: 'uuid' }) customerId!: string;
  @Column({ name: 'question_id', type: 'text' }) questionId!: string;
  @Column({ type: 'int' }) score!: number;
  @Column({ name: 'due_on', type: 'date' }) dueOn!: string;
  @Column({ type: 'text' }) status!: 'open' | 'done';
  @Column({ type: 'boolean', nullable: true }) reached!: boolean | null;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  @Column({ name: 'completed_by', type: 'text', nullable: true }) completedBy!: string | null;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt!: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'int' }) version!: number;
}
