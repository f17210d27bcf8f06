import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { ComplaintOpenedV1 } from '@aftersales/contracts-complaints';
import { ResponseReceivedV1, ResponseReceivedV1Data } from '@aftersales/contracts-surveys';
import { EventContext, OnEvent, OutboxService } from '@aftersales/platform-messaging';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { complaintRules } from '../../config/complaints.config';
import { surveyComplaintSummary, surveyScoreOpensComplaint } from '../domain/complaint.policy';
import { ComplaintRepository } from '../infrastructure/complaint.repository';
import { complaintOpenedData } from './complaint-opened.mapping';

/**
 * R-SV-3: a low survey score becomes a complaint with a committed deadline (R-CP-4), linked to the survey; higher
 * scores change nothing. What is low is the survey template's follow-up when the answer carries it, else our threshold.
 */
@Injectable()
export class OnSurveyResponseReceivedHandler {
  constructor(
    private readonly config: AppConfig,
    private readonly complaints: ComplaintRepository,
    private readonly outbox: OutboxService,
  ) {}

  @OnEvent(ResponseReceivedV1, { name: 'open-complaint-on-low-score' })
  async handle(event: EventEnvelope<ResponseReceivedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    const rules = complaintRules(this.config);
    if (!surveyScoreOpensComplaint(d.score, rules.surveyScoreThreshold, d.followUps)) return;
    // One complaint per answer, even when the answer is published again under a new event id.
    if (await this.complaints.existsForSource(ctx.manager, d.responseId)) return;
    const { complaint } = await this.complaints.open(
      ctx.manager,
      {
        customerId: d.customerId,
        caseIds: [d.caseId],
        source: 'survey',
        sourceRef: d.responseId,
        summary: surveyComplaintSummary(d.score, d.comment, d.surveyLink),
        actor: 'system:complaints',
      },
      { now: new Date(), deadlineHours: rules.deadlineHours },
    );
    // Caused by the survey answer: its correlation id carries on.
    await this.outbox.append(ctx.manager, ComplaintOpenedV1, {
      aggregateId: complaint.id,
      sequence: complaint.version,
      data: complaintOpenedData(complaint),
      correlationId: event.correlationId,
      causationId: event.id,
    });
  }
}
