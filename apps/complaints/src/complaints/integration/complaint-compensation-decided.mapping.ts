import { ComplaintCompensationDecidedV1Data } from '@aftersales/contracts-complaints';
import { Compensation } from '../domain/complaint.policy';
import { CompensationDecision, ComplaintEntity } from '../infrastructure/complaint.entity';
import { notifyOf } from './complaint-notify';

export function complaintCompensationDecidedData(c: ComplaintEntity, compensation: Compensation, d: CompensationDecision): ComplaintCompensationDecidedV1Data {
  return { complaintId: c.id, complaintNumber: c.complaintNumber, compensation, approved: d.approved, note: d.note, decidedBy: d.decidedBy, decidedAt: d.decidedAt, notify: notifyOf(c, ['officer']) };
}
