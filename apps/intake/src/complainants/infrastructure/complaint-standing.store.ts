import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ComplaintStanding } from '../domain/complainant.policy';
import { CustomerComplaintStandingEntity } from './complaint-standing.entity';

@Injectable()
export class ComplaintStandingStore {
  /** Applies a standing unless a newer one is stored already (events of one customer may arrive out of order after a replay). */
  async apply(m: EntityManager, customerId: string, standing: ComplaintStanding, version: number): Promise<void> {
    await m.query(
      `INSERT INTO customer_complaint_standing AS s (customer_id, complained_before, complaint_count, open_complaints, last_complaint_at, version)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (customer_id) DO UPDATE SET complained_before = excluded.complained_before, complaint_count = excluded.complaint_count,
         open_complaints = excluded.open_complaints, last_complaint_at = excluded.last_complaint_at, version = excluded.version
       WHERE s.version < excluded.version`,
      [customerId, standing.complainedBefore, standing.complaintCount, standing.openComplaints, standing.lastComplaintAt, version],
    );
  }

  async of(m: EntityManager, customerId: string): Promise<ComplaintStanding | null> {
    const row = await m.getRepository(CustomerComplaintStandingEntity).findOneBy({ customerId });
    return row ? toStanding(row) : null;
  }

  async ofMany(m: EntityManager, customerIds: string[]): Promise<Map<string, ComplaintStanding>> {
    if (customerIds.length === 0) return new Map();
    const rows = await m.getRepository(CustomerComplaintStandingEntity).createQueryBuilder('s').where('s.customer_id = ANY(:ids)', { ids: customerIds }).getMany();
    return new Map(rows.map((r) => [r.customerId, toStanding(r)]));
  }
}

function toStanding(r: CustomerComplaintStandingEntity): ComplaintStanding {
  return { complainedBefore: r.complainedBefore, complaintCount: r.complaintCount, openComplaints: r.openComplaints, lastComplaintAt: r.lastComplaintAt?.toISOString() ?? null };
}
