import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { complaintNotFound } from '../../complaint.errors';
import { ComplaintDetailView, toComplaintDetailView } from '../../complaint.view';
import { ComplaintEntity } from '../../infrastructure/complaint.entity';
import { ComplaintRepository } from '../../infrastructure/complaint.repository';

/** A complaint with its journal (R-CP-2); another customer's is not found, and a customer sees the public steps only (R-IN-8). */
@Injectable()
export class GetComplaintQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly complaints: ComplaintRepository,
    private readonly clock: Clock,
  ) {}

  async execute(id: string, user: AuthUser): Promise<ComplaintDetailView> {
    const m = this.dataSource.manager;
    const complaint = await m.getRepository(ComplaintEntity).findOneBy({ id });
    if (!complaint || (user.roles.includes('customer') && complaint.customerId !== user.customerId)) throw complaintNotFound(id);
    return toComplaintDetailView(complaint, await this.complaints.stepsOf(m, id), await this.complaints.escalationsOf(m, id), user, this.clock.now());
  }
}
