import { z } from 'zod';
import { ServiceDefinition } from '@aftersales/platform-service-defaults';
import { CreateSurveys1732320006000 } from './migrations/1732320006000-create-surveys';
import { SurveyResponseChannel1732320006100 } from './migrations/1732320006100-survey-response-channel';
import { SurveyEntity, SurveyResponseEntity } from './surveys/infrastructure/survey.entity';
import { CreateKpis1732320006600 } from './migrations/1732320006600-create-kpis';
import { kpiEntities } from './kpis/infrastructure/kpi.entities';

export const surveysService: ServiceDefinition = {
  service: 'surveys',
  title: 'Satisfaction surveys and revisits',
  description: 'A satisfaction survey after every closed case and its answers (docs/domain.md R-SV-1, R-SV-3).',
  entities: [
    SurveyEntity,
    SurveyResponseEntity,
    ...kpiEntities,
  ],
  migrations: [
    CreateSurveys1732320006000,
    SurveyResponseChannel1732320006100,
    CreateKpis1732320006600,
  ],
  configSchema: z.object({
    // KPI periods (days, weeks, months) are cut at midnight in this zone, and snapshots fall due then (R-SV-4).
    KPI_TIME_ZONE: z
      .string()
      .refine((zone) => Intl.supportedValuesOf('timeZone').includes(zone) || zone === 'UTC', 'must be an IANA time zone')
      .default('Asia/Shanghai'),
  }),
};
