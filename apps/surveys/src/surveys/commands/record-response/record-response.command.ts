import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { ResponseReceivedV1 } from '@aftersales/contracts-surveys';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { responseChannel } from '../../domain/survey.policy';
import { SurveyEntity, SurveyResponseEntity } from '../../infrastructure/survey.entity';
import { responseReceivedData } from '../../integration/response-received.mapping';
import { surveyNotFound, transitionOrConflict } from '../../survey.errors';
import { SurveyResponseView, toResponseView } from '../../survey.view';
import { RecordResponseRequest } from './record-response.request';

/**
 * R-SV-3: store the answer, mark the survey answered and emit response.received in one transaction, so the
 * follow-up of a low score (complaints) sees every answer exactly once.
 */
@Injectable()
export class RecordResponseCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly idempotency: IdempotencyService,
  ) {}

  execute(surveyId: string, request: RecordResponseRequest, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<SurveyResponseView>> {
    const byCustomer = user.roles.includes('customer');
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key: idempotencyKey, scope: `record-survey-response:${user.sub}`, request: { surveyId, request } }, async () => {
        // The row lock serialises concurrent answers: the second one sees `answered` and gets the 409.
        const survey = await m.getRepository(SurveyEntity).findOne({ where: { id: surveyId }, lock: { mode: 'pessimistic_write' } });
        if (!survey || (byCustomer && survey.customerId !== user.customerId)) throw surveyNotFound(surveyId);
        survey.status = transitionOrConflict(survey.status, 'answered');
        const now = new Date();
        const response = m.getRepository(SurveyResponseEntity).create({
          id: uuidv7(),
          surveyId: survey.id,
          score: request.score,
          comment: request.comment ? request.comment : null,
          channel: responseChannel(byCustomer),
          receivedAt: now,
          recordedBy: `user:${user.sub}`,
        });
        await m.getRepository(SurveyResponseEntity).insert(response);
        survey.answeredAt = now;
        survey.version += 1;
        await m.save(survey);
        await this.outbox.append(m, ResponseReceivedV1, {
          aggregateId: survey.id,
          sequence: survey.version,
          data: responseReceivedData(survey, response),
        });
        return { status: 201, body: toResponseView(response) };
      }),
    );
  }
}
