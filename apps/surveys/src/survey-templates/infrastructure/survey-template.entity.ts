import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SurveyTemplateDefinition } from '../domain/survey-template';

/** One version of a survey template; versions are never changed, a change is a new version (R-SV-1). */
@Entity({ name: 'survey_templates' })
export class SurveyTemplateEntity {
  @PrimaryColumn('text') code!: string;
  @PrimaryColumn('int') version!: number;
  @Column({ type: 'jsonb' }) definition!: SurveyTemplateDefinition;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'created_by', type: 'text' }) createdBy!: string;
}
