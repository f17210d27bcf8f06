import { ComplaintClosedV1Data } from '@aftersales/contracts-complaints';
import { ComplaintEntity } from '../infrastructure/complaint.entity';
import { notifyOf } from './complaint-notify';

export function complaintClosedData(c: ComplaintEntity, actor: string, closedAt: Date): ComplaintClosedV1Data {
  return { complaintId: c.id, complaintNumber: c.complaintNumber, customerId: c.customerId, closedAt: closedAt.toISOString(), actor, notify: notifyOf(c, ['customer']) };
}
