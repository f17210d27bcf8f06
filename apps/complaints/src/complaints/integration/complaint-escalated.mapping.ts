import { ComplaintEscalatedV1Data } from '@aftersales/contracts-complaints';
import { ComplaintEscalationEntity, ComplaintEntity } from '../infrastructure/complaint.entity';

/** R-CP-4: a rung of the escalation ladder, with its recipients and reaction deadline. */
export function complaintEscalatedData(c: ComplaintEntity, e: Omit<ComplaintEscalationEntity, 'id' | 'reactedAt' | 'reactedBy' | 'reaction'>): ComplaintEscalatedV1Data {
  return {
    complaintId: c.id,
    complaintNumber: c.complaintNumber,
    deadline: e.deadline,
    level: e.level,
    dueAt: e.dueAt.toISOString(),
    escalatedAt: e.escalatedAt.toISOString(),
    reactBy: e.reactBy.toISOString(),
    notify: e.notify as ComplaintEscalatedV1Data['notify'],
  };
}
