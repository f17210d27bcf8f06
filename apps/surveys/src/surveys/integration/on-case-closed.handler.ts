import { Injectable, Logger } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CaseClosedV1, CaseClosedV1Data } from '@aftersales/contracts-intake';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { surveyForClosedCase } from '../domain/survey.policy';
import { SurveyEntity } from '../infrastructure/survey.entity';

/**
 * R-SV-1: every closed case is followed by a satisfaction survey. The send is recorded here (channel and time);
 * delivery by email/SMS is a notifier's job (a later issue).
 */
@Injectable()
export class OnCaseClosedHandler {
  private readonly logger = new Logger(OnCaseClosedHandler.name);

  @OnEvent(CaseClosedV1, { name: 'send-survey' })
  async handle(event: EventEnvelope<CaseClosedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    const send = surveyForClosedCase();
    const inserted = await ctx.manager
      .createQueryBuilder()
      .insert()
      .into(SurveyEntity)
      .values({
        id: uuidv7(),
        caseId: d.caseId,
        caseNumber: d.caseNumber,
        customerId: d.customerId,
        templateCode: send.templateCode,
        status: 'sent',
        channel: send.channel,
        sentAt: new Date(),
        answeredAt: null,
        version: 1,
      })
      // One survey per case: a re-published closure, or a case closed again after reopening, sends none.
      .orIgnore()
      .returning(['id'])
      .execute();
    if (inserted.raw.length === 0) this.logger.log(`case ${d.caseId} already has a survey; none sent for event ${event.id}`);
  }
}
