import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { nextDocumentNumber } from '@aftersales/platform-service-defaults';
import { ComplaintRegistration, openComplaint } from '../domain/complaint.policy';
import { ComplaintEntity, ComplaintStepEntity } from './complaint.entity';

export interface StoredComplaint {
  complaint: ComplaintEntity;
  steps: ComplaintStepEntity[];
}

@Injectable()
export class ComplaintRepository {
  /**
   * Registers a complaint inside the caller's transaction: counts it in the customer's history first (R-CP-5, one
   * upsert, so concurrent complaints of one customer count correctly), then stores it with its number
   * (CP-YYYYMMDD-NNNNNN), deadline and first step. The caller appends complaint.opened in the same transaction.
   */
  async open(m: EntityManager, registration: Omit<ComplaintRegistration, 'complainedBefore'> & { sourceRef?: string }, rules: { now: Date; deadlineHours: number }): Promise<StoredComplaint> {
    const [{ complaint_count: count }] = await m.query(
      `INSERT INTO customer_complaint_history AS h (customer_id, complaint_count, last_complaint_at) VALUES ($1, 1, $2)
       ON CONFLICT (customer_id) DO UPDATE
         SET complaint_count = h.complaint_count + 1, last_complaint_at = GREATEST(h.last_complaint_at, excluded.last_complaint_at)
       RETURNING complaint_count`,
      [registration.customerId, rules.now],
    );
    const opened = openComplaint({ ...registration, complainedBefore: count > 1 }, rules);
    const { firstStep, ...fields } = opened;
    const complaint = m.getRepository(ComplaintEntity).create({
      id: uuidv7(),
      complaintNumber: await nextDocumentNumber(m, 'complaint_number_seq', 'CP', rules.now),
      sourceRef: registration.sourceRef ?? null,
      ...fields,
    });
    await m.getRepository(ComplaintEntity).insert(complaint);
    const step = m.getRepository(ComplaintStepEntity).create({ id: uuidv7(), complaintId: complaint.id, ...firstStep });
    await m.getRepository(ComplaintStepEntity).insert(step);
    return { complaint, steps: [step] };
  }

  existsForSource(m: EntityManager, sourceRef: string): Promise<boolean> {
    return m.getRepository(ComplaintEntity).existsBy({ sourceRef });
  }

  stepsOf(m: EntityManager, complaintId: string): Promise<ComplaintStepEntity[]> {
    return m.getRepository(ComplaintStepEntity).find({ where: { complaintId }, order: { at: 'ASC', id: 'ASC' } });
  }
}
