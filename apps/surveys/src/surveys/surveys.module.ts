import { Module } from '@nestjs/common';
import { CallBacksModule } from '../call-backs/call-backs.module';
import { RevisitsModule } from '../revisits/revisits.module';
import { ServiceCasesModule } from '../service-cases/service-cases.module';
import { SurveyTemplatesModule } from '../survey-templates/survey-templates.module';
import { AnswerByLinkCommand } from './commands/answer-by-link/answer-by-link.command';
import { AnswerByLinkHttpController } from './commands/answer-by-link/answer-by-link.http.controller';
import { RecordResponseCommand } from './commands/record-response/record-response.command';
import { RecordResponseHttpController } from './commands/record-response/record-response.http.controller';
import { SurveyAnswerRecorder } from './commands/survey-answer.recorder';
import { SurveyLinkSigner } from './infrastructure/survey-link.signer';
import { SurveyRepository } from './infrastructure/survey.repository';
import { OnCaseClosedHandler } from './integration/on-case-closed.handler';
import { GetSurveyHttpController } from './queries/get-survey/get-survey.http.controller';
import { GetSurveyQuery } from './queries/get-survey/get-survey.query';
import { ListSurveysHttpController } from './queries/list-surveys/list-surveys.http.controller';
import { ListSurveysQuery } from './queries/list-surveys/list-surveys.query';
import { OpenLinkHttpController } from './queries/open-link/open-link.http.controller';
import { OpenLinkQuery } from './queries/open-link/open-link.query';
import { PendingSurveysHttpController } from './queries/pending-surveys/pending-surveys.http.controller';
import { PendingSurveysQuery } from './queries/pending-surveys/pending-surveys.query';
import { OnSurveyExpiryDueTimer } from './timers/on-survey-expiry-due.timer';
import { OnSurveyReminderDueTimer } from './timers/on-survey-reminder-due.timer';
import { SurveyDeadlineTimers } from './timers/survey-deadlines.timers';

@Module({
  // Revisits and case facts ride on this module, so the app module stays as it was (other modules are added there).
  imports: [SurveyTemplatesModule, CallBacksModule, RevisitsModule, ServiceCasesModule],
  // The pending list comes before the controller of `:id`, so /v1/surveys/pending is not read as an id.
  controllers: [
    PendingSurveysHttpController,
    RecordResponseHttpController,
    ListSurveysHttpController,
    GetSurveyHttpController,
    AnswerByLinkHttpController,
    OpenLinkHttpController,
  ],
  providers: [
    SurveyRepository,
    SurveyLinkSigner,
    SurveyDeadlineTimers,
    SurveyAnswerRecorder,
    RecordResponseCommand,
    AnswerByLinkCommand,
    OnCaseClosedHandler,
    OnSurveyReminderDueTimer,
    OnSurveyExpiryDueTimer,
    ListSurveysQuery,
    GetSurveyQuery,
    OpenLinkQuery,
    PendingSurveysQuery,
  ],
})
export class SurveysModule {}
