import { ComplaintNotify } from '@aftersales/contracts-complaints';
import { ComplaintEntity } from '../infrastructure/complaint.entity';

/** Who must be told of a complaint event: the officer (or whoever holds the role), the manager, management, the customer. */
export function notifyOf(c: ComplaintEntity, audiences: readonly ComplaintNotify[number]['audience'][]): ComplaintNotify {
  return audiences.map((audience) => ({
    audience,
    userId: audience === 'officer' ? c.officerId : audience === 'manager' ? c.managerId : null,
  }));
}
