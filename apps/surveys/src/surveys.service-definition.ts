import { ServiceDefinition } from '@aftersales/platform-service-defaults';
import { CreateSurveys1732320006000 } from './migrations/1732320006000-create-surveys';
import { SurveyResponseChannel1732320006100 } from './migrations/1732320006100-survey-response-channel';
import { SurveyEntity, SurveyResponseEntity } from './surveys/infrastructure/survey.entity';
import { CallBackEntity } from './call-backs/infrastructure/call-back.entity';
import { surveysConfigSchema } from './config/surveys.config';
import { SurveyTemplatesLinksRevisits1732320006200 } from './migrations/1732320006200-survey-templates-links-revisits';
import { RevisitContractEntity, RevisitEntity, RevisitPlanEntity } from './revisits/infrastructure/revisit.entities';
import { CaseFactsEntity } from './service-cases/infrastructure/case-facts.entity';
import { SurveyTemplateEntity } from './survey-templates/infrastructure/survey-template.entity';
import { CreateKpis1732320006600 } from './migrations/1732320006600-create-kpis';
import { kpiEntities } from './kpis/infrastructure/kpi.entities';

export const surveysService: ServiceDefinition = {
  service: 'surveys',
  title: 'Satisfaction surveys and revisits',
  description: 'A satisfaction survey after every closed case and its answers, follow-ups of low scores, and revisits (docs/domain.md R-SV-1..3).',
  entities: [
    SurveyEntity,
    SurveyResponseEntity,
    SurveyTemplateEntity,
    CaseFactsEntity,
    CallBackEntity,
    RevisitPlanEntity,
    RevisitContractEntity,
    RevisitEntity,
    ...kpiEntities,
  ],
  migrations: [
    CreateSurveys1732320006000,
    SurveyResponseChannel1732320006100,
    SurveyTemplatesLinksRevisits1732320006200,
    CreateKpis1732320006600,
  ],
  configSchema: surveysConfigSchema,
};
