import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { v7 as uuidv7 } from 'uuid';
import { nextDocumentNumber } from '@aftersales/platform-service-defaults';
import { ComplaintStanding } from '../domain/complaint.policy';
import { ComplaintEntity, ComplaintEscalationEntity, ComplaintStepEntity, CustomerComplaintHistoryEntity, WarrantyAtRegistration, WarrantyDecisionEntity } from './complaint.entity';

export interface StoredComplaint {
  complaint: ComplaintEntity;
  steps: ComplaintStepEntity[];
}

export type JournalEntry = Omit<ComplaintStepEntity, 'id' | 'complaintId' | 'outcome' | 'skippedBecause' | 'detail' | 'visibility'> &
  Partial<Pick<ComplaintStepEntity, 'outcome' | 'skippedBecause' | 'detail' | 'visibility'>>;

@Injectable()
export class ComplaintRepository {
  /**
   * R-CP-5: locks the customer's standing row (creating it), so that concurrent complaints of one customer are
   * counted one after the other; answers whether the customer complained before.
   */
  async lockStanding(m: EntityManager, customerId: string, now: Date): Promise<boolean> {
    await m.query(
      `INSERT INTO customer_complaint_history AS h (customer_id, complaint_count, open_count, last_complaint_at, version) VALUES ($1, 0, 0, $2, 0)
       ON CONFLICT (customer_id) DO UPDATE SET version = h.version`,
      [customerId, now],
    );
    const [row] = await m.query(`SELECT count(*)::int AS n FROM complaints WHERE customer_id = $1`, [customerId]);
    return row.n > 0;
  }

  /** R-CP-5: recounts the customer's standing from their complaints (after lockStanding) and answers it with its version. */
  async recountStanding(m: EntityManager, customerId: string): Promise<{ standing: ComplaintStanding; version: number }> {
    // An UPDATE ... RETURNING answers [rows, affected count].
    const [[row]] = await m.query(
      `UPDATE customer_complaint_history h SET
         complaint_count = s.n, open_count = s.open, last_complaint_id = s.last_id, last_complaint_at = coalesce(s.last_at, h.last_complaint_at), version = h.version + 1
       FROM (SELECT count(*)::int AS n, (count(*) FILTER (WHERE status NOT IN ('resolved', 'closed')))::int AS open,
                    (array_agg(id ORDER BY opened_at DESC, id DESC))[1] AS last_id, max(opened_at) AS last_at
               FROM complaints WHERE customer_id = $1) s
       WHERE h.customer_id = $1
       RETURNING h.complaint_count, h.open_count, h.last_complaint_id, h.last_complaint_at, h.version`,
      [customerId],
    );
    return {
      standing: {
        complainedBefore: row.complaint_count > 0,
        complaintCount: row.complaint_count,
        openComplaints: row.open_count,
        lastComplaintId: row.last_complaint_id,
        lastComplaintAt: row.complaint_count > 0 ? row.last_complaint_at : null,
      },
      version: row.version,
    };
  }

  nextNumber(m: EntityManager, now: Date): Promise<string> {
    return nextDocumentNumber(m, 'complaint_number_seq', 'CP', now);
  }

  async insert(m: EntityManager, complaint: ComplaintEntity): Promise<void> {
    await m.getRepository(ComplaintEntity).insert(complaint);
  }

  async save(m: EntityManager, complaint: ComplaintEntity): Promise<void> {
    await m.getRepository(ComplaintEntity).save(complaint);
  }

  /** The complaint, locked for the rest of the transaction (every change of a complaint goes through here). */
  forUpdate(m: EntityManager, id: string): Promise<ComplaintEntity | null> {
    return m.getRepository(ComplaintEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async journal(m: EntityManager, complaintId: string, entries: JournalEntry[]): Promise<ComplaintStepEntity[]> {
    const rows = entries.map((e) =>
      m.getRepository(ComplaintStepEntity).create({ outcome: null, skippedBecause: null, detail: {}, visibility: 'public', ...e, id: uuidv7(), complaintId }),
    );
    // jsonb detail: TypeORM's insert typing does not take a Record, the row is as created.
    if (rows.length) await m.getRepository(ComplaintStepEntity).insert(rows as QueryDeepPartialEntity<ComplaintStepEntity>[]);
    return rows;
  }

  existsForSource(m: EntityManager, sourceRef: string): Promise<boolean> {
    return m.getRepository(ComplaintEntity).existsBy({ sourceRef });
  }

  stepsOf(m: EntityManager, complaintId: string): Promise<ComplaintStepEntity[]> {
    return m.getRepository(ComplaintStepEntity).find({ where: { complaintId }, order: { at: 'ASC', id: 'ASC' } });
  }

  escalationsOf(m: EntityManager, complaintId: string): Promise<ComplaintEscalationEntity[]> {
    return m.getRepository(ComplaintEscalationEntity).find({ where: { complaintId }, order: { escalatedAt: 'ASC', level: 'ASC' } });
  }

  /** Records a rung that fired; false when it had fired already (one per complaint, deadline, generation and level). */
  async recordEscalation(m: EntityManager, e: Omit<ComplaintEscalationEntity, 'id' | 'reactedAt' | 'reactedBy' | 'reaction'>): Promise<boolean> {
    const rows = await m.query(
      `INSERT INTO complaint_escalations (id, complaint_id, deadline, generation, level, due_at, escalated_at, react_by, notify)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id`,
      [uuidv7(), e.complaintId, e.deadline, e.generation, e.level, e.dueAt, e.escalatedAt, e.reactBy, JSON.stringify(e.notify)],
    );
    return rows.length === 1;
  }

  /** R-CP-3: warranty's latest decision on one of the cases, else on the serial number; unknown without either. */
  async warrantyAt(m: EntityManager, caseIds: readonly string[], serialNumber: string | null): Promise<WarrantyAtRegistration> {
    const repo = m.getRepository(WarrantyDecisionEntity);
    const qb = repo.createQueryBuilder('w').orderBy('w.determined_at', 'DESC').limit(1);
    if (caseIds.length && serialNumber) qb.where('(w.case_id = ANY(:caseIds) OR w.serial_number = :serialNumber)', { caseIds, serialNumber });
    else if (caseIds.length) qb.where('w.case_id = ANY(:caseIds)', { caseIds });
    else if (serialNumber) qb.where('w.serial_number = :serialNumber', { serialNumber });
    else return unknownWarranty();
    const w = await qb.getOne();
    if (!w) return unknownWarranty();
    return { known: true, inWarranty: w.inWarranty, decisionId: w.decisionId, warrantyEndsOn: w.warrantyEndsOn, determinedAt: w.determinedAt.toISOString() };
  }

  /** Keeps warranty's latest decision per case; an older one arriving late changes nothing. */
  async recordWarrantyDecision(m: EntityManager, d: WarrantyDecisionEntity): Promise<void> {
    await m.query(
      `INSERT INTO warranty_decisions AS w (case_id, decision_id, serial_number, product_model, in_warranty, warranty_ends_on, determined_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (case_id) DO UPDATE SET decision_id = excluded.decision_id, serial_number = excluded.serial_number, product_model = excluded.product_model,
         in_warranty = excluded.in_warranty, warranty_ends_on = excluded.warranty_ends_on, determined_at = excluded.determined_at
       WHERE w.determined_at <= excluded.determined_at`,
      [d.caseId, d.decisionId, d.serialNumber, d.productModel, d.inWarranty, d.warrantyEndsOn, d.determinedAt],
    );
  }

  /** The open escalation of a level (latest generation first), for its reaction. */
  openEscalation(m: EntityManager, complaintId: string, level: number): Promise<ComplaintEscalationEntity | null> {
    return m.getRepository(ComplaintEscalationEntity).findOne({ where: { complaintId, level }, order: { escalatedAt: 'DESC' } });
  }

  async saveEscalation(m: EntityManager, e: ComplaintEscalationEntity): Promise<void> {
    await m.getRepository(ComplaintEscalationEntity).save(e);
  }

  /** The escalation a level-2 rung follows: level 1 of the same deadline and generation. */
  escalationBelow(m: EntityManager, complaintId: string, deadline: string, generation: number): Promise<ComplaintEscalationEntity | null> {
    return m.getRepository(ComplaintEscalationEntity).findOneBy({ complaintId, deadline: deadline as ComplaintEscalationEntity['deadline'], generation, level: 1 });
  }

  history(m: EntityManager, customerId: string): Promise<CustomerComplaintHistoryEntity | null> {
    return m.getRepository(CustomerComplaintHistoryEntity).findOneBy({ customerId });
  }
}

function unknownWarranty(): WarrantyAtRegistration {
  return { known: false, inWarranty: null, decisionId: null, warrantyEndsOn: null, determinedAt: null };
}
