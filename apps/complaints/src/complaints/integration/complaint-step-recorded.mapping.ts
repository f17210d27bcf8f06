import { ComplaintStepRecordedV1Data } from '@aftersales/contracts-complaints';
import { ProcedureStep } from '../domain/complaint-procedure';
import { ComplaintEntity, ComplaintStepEntity } from '../infrastructure/complaint.entity';

/** A recorded procedure step (R-CP-2); the note stays in the complaint, the event says what and who. */
export function complaintStepRecordedData(c: ComplaintEntity, s: ComplaintStepEntity): ComplaintStepRecordedV1Data {
  return {
    complaintId: c.id,
    complaintNumber: c.complaintNumber,
    step: s.kind as ProcedureStep,
    outcome: s.outcome ?? 'done',
    skippedBecause: s.skippedBecause,
    actor: s.actor,
    at: s.at.toISOString(),
    notify: [],
  };
}
