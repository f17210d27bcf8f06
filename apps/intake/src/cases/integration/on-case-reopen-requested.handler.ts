import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { CaseReopenRequestedV1, CaseReopenRequestedV1Data } from '@aftersales/contracts-surveys';
import { EventContext, OnEvent, PermanentError } from '@aftersales/platform-messaging';
import { DomainError } from '@aftersales/platform-service-defaults';
import { CaseStatusRecorder } from '../commands/case-status.recorder';
import { CaseEntity } from '../infrastructure/case.entity';
import { CaseRepository } from '../infrastructure/case.repository';
import { Clock } from '../infrastructure/clock';

/**
 * R-SV-3, R-IN-7: a low survey score asks for the case to be reopened. Intake reopens it within its own rules (the
 * reopen window from closure); outside them, or when the case is no longer closed, the request is only logged on the
 * case, with its survey, for staff to see.
 */
@Injectable()
export class OnCaseReopenRequestedHandler {
  constructor(
    private readonly statuses: CaseStatusRecorder,
    private readonly cases: CaseRepository,
    private readonly clock: Clock,
  ) {}

  @OnEvent(CaseReopenRequestedV1, { name: 'reopen-on-survey' })
  async handle(event: EventEnvelope<CaseReopenRequestedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    const m = ctx.manager;
    const c = await m.getRepository(CaseEntity).findOne({ where: { id: d.caseId }, lock: { mode: 'pessimistic_write' } });
    if (!c) throw new PermanentError(`survey ${d.surveyId} asks to reopen unknown case ${d.caseId}`);
    const now = this.clock.now();
    const detail = { surveyId: d.surveyId, responseId: d.responseId, questionId: d.questionId, score: d.score };
    if (c.status !== 'closed') {
      await this.cases.log(m, c.id, { actor: 'system:surveys', kind: 'survey-reopen-skipped', visibility: 'internal', detail: { ...detail, status: c.status }, at: now });
      return;
    }
    let change;
    try {
      change = this.statuses.decide(c, 'reopened', 'system', now, { reason: d.reason });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // R-IN-7: past the reopen window the case stays closed; the survey's follow-up is the complaint or call-back.
      await this.cases.log(m, c.id, { actor: 'system:surveys', kind: 'survey-reopen-refused', visibility: 'internal', detail: { ...detail, code: error.code }, at: now });
      return;
    }
    await this.statuses.apply(m, c, change, { actor: 'system:surveys', kind: 'system', at: now, detail }, { cause: { correlationId: event.correlationId, causationId: event.id } });
  }
}
