import { SlaBreachedV1Data } from '@aftersales/contracts-intake';
import { SlaClock } from '../domain/case-clocks';

/** The clock an SLA event is about: the part sla.warning, sla.breached and case.escalated share. */
export type SlaClockRef = Pick<SlaBreachedV1Data, 'caseId' | 'caseNumber' | 'priority' | 'planCode' | 'clock' | 'targetMinutes' | 'calendarId' | 'rule'>;

/** Who a rung's event is for (R-SLA-7). */
export type SlaRecipients = SlaBreachedV1Data['recipients'];

export function slaClockRef(c: SlaClock, caseNumber: string, calendarId: string): SlaClockRef {
  return {
    caseId: c.caseId,
    caseNumber,
    priority: c.priority as SlaClockRef['priority'],
    planCode: c.planCode,
    clock: c.clock,
    targetMinutes: c.targetMinutes,
    calendarId,
    rule: c.definition.rule,
  };
}
