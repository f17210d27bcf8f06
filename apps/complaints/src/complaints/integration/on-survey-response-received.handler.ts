import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { ResponseReceivedV1, ResponseReceivedV1Data } from '@aftersales/contracts-surveys';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { complaintRules } from '../../config/complaints.config';
import { ComplaintRegistrar } from '../commands/register-complaint/complaint-registrar';
import { surveyComplaintSummary, surveyScoreOpensComplaint } from '../domain/complaint.policy';
import { ComplaintRepository } from '../infrastructure/complaint.repository';

/**
 * R-SV-3: a low survey score becomes a complaint linked to its case and survey, with its deadlines (R-CP-4); higher
 * scores change nothing. What is low is the survey template's follow-up when the answer carries it, else our threshold.
 */
@Injectable()
export class OnSurveyResponseReceivedHandler {
  constructor(
    private readonly config: AppConfig,
    private readonly complaints: ComplaintRepository,
    private readonly registrar: ComplaintRegistrar,
    private readonly clock: Clock,
  ) {}

  @OnEvent(ResponseReceivedV1, { name: 'open-complaint-on-low-score' })
  async handle(event: EventEnvelope<ResponseReceivedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    if (!surveyScoreOpensComplaint(d.score, complaintRules(this.config).surveyScoreThreshold, d.followUps)) return;
    // One complaint per answer, even when the answer is published again under a new event id.
    if (await this.complaints.existsForSource(ctx.manager, d.responseId)) return;
    await this.registrar.register(
      ctx.manager,
      {
        customerId: d.customerId,
        caseIds: [d.caseId],
        source: 'survey',
        sourceRef: d.responseId,
        surveyId: d.surveyId,
        summary: surveyComplaintSummary(d.score, d.comment, d.surveyLink),
        actor: 'system:complaints',
      },
      this.clock.now(),
      // Caused by the survey answer: its correlation id carries on.
      { correlationId: event.correlationId, causationId: event.id },
    );
  }
}
