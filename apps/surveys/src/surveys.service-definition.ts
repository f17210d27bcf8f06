import { ServiceDefinition } from '@aftersales/platform-service-defaults';
import { CreateSurveys1732320006000 } from './migrations/1732320006000-create-surveys';
import { SurveyResponseChannel1732320006100 } from './migrations/1732320006100-survey-response-channel';
import { SurveyEntity, SurveyResponseEntity } from './surveys/infrastructure/survey.entity';

export const surveysService: ServiceDefinition = {
  service: 'surveys',
  title: 'Satisfaction surveys and revisits',
  description: 'A satisfaction survey after every closed case and its answers (docs/domain.md R-SV-1, R-SV-3).',
  entities: [SurveyEntity, SurveyResponseEntity],
  migrations: [CreateSurveys1732320006000, SurveyResponseChannel1732320006100],
};
