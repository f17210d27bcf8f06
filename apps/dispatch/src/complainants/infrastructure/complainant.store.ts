import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CustomerComplaintStandingEntity } from './complainant.entity';

@Injectable()
export class ComplainantStore {
  async apply(m: EntityManager, customerId: string, complainedBefore: boolean, version: number): Promise<void> {
    await m.query(
      `INSERT INTO customer_complaint_standing AS s (customer_id, complained_before, version) VALUES ($1, $2, $3)
       ON CONFLICT (customer_id) DO UPDATE SET complained_before = excluded.complained_before, version = excluded.version WHERE s.version < excluded.version`,
      [customerId, complainedBefore, version],
    );
  }

  /** R-CP-5: the customer has complained before (false when complaints never said so). */
  async complainedBefore(m: EntityManager, customerId: string): Promise<boolean> {
    return (await m.getRepository(CustomerComplaintStandingEntity).findOneBy({ customerId }))?.complainedBefore ?? false;
  }
}
