import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { ComplaintDetailView, toComplaintDetailView } from '../complaint.view';
import { ComplaintEntity } from '../infrastructure/complaint.entity';
import { ComplaintRepository } from '../infrastructure/complaint.repository';
import { ComplaintChanges } from './complaint-changes';

/**
 * The frame of every command on one complaint: one transaction, the complaint locked (another customer's is not
 * found), the change, the complaint saved, and its detail view as the answer.
 */
@Injectable()
export class ComplaintCommandRunner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly complaints: ComplaintRepository,
    private readonly changes: ComplaintChanges,
    private readonly clock: Clock,
  ) {}

  run(id: string, user: AuthUser, change: (m: EntityManager, c: ComplaintEntity, now: Date) => Promise<void>): Promise<ComplaintDetailView> {
    return this.dataSource.transaction(async (m) => this.runIn(m, id, user, change));
  }

  async runIn(m: EntityManager, id: string, user: AuthUser, change: (m: EntityManager, c: ComplaintEntity, now: Date) => Promise<void>): Promise<ComplaintDetailView> {
    const now = this.clock.now();
    const c = await this.changes.load(m, id, user);
    await change(m, c, now);
    await this.complaints.save(m, c);
    return toComplaintDetailView(c, await this.complaints.stepsOf(m, c.id), await this.complaints.escalationsOf(m, c.id), user, now);
  }
}
