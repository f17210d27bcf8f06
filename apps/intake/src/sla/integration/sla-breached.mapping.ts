import { SlaBreachedV1Data } from '@aftersales/contracts-intake';
import { SlaClockRef, SlaRecipients } from './sla-clock-ref';

/** aftersales.intake.sla.breached.v1: a clock's target is used up, announced once per clock. */
export function slaBreachedData(ref: SlaClockRef, b: { dueAt: Date; breachedAt: Date; recipients: SlaRecipients }): SlaBreachedV1Data {
  return { ...ref, dueAt: b.dueAt.toISOString(), breachedAt: b.breachedAt.toISOString(), recipients: b.recipients };
}
