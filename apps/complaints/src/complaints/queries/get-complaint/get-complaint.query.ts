import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { complaintNotFound } from '../../complaint.errors';
import { ComplaintDetailView, toComplaintDetailView } from '../../complaint.view';
import { ComplaintEntity } from '../../infrastructure/complaint.entity';
import { ComplaintRepository } from '../../infrastructure/complaint.repository';

/** A complaint with its handling steps (R-CP-2); another customer's is not found (R-IN-8). */
@Injectable()
export class GetComplaintQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly complaints: ComplaintRepository,
  ) {}

  async execute(id: string, user: AuthUser): Promise<ComplaintDetailView> {
    const complaint = await this.dataSource.getRepository(ComplaintEntity).findOneBy({ id });
    if (!complaint || (user.roles.includes('customer') && complaint.customerId !== user.customerId)) throw complaintNotFound(id);
    return toComplaintDetailView(complaint, await this.complaints.stepsOf(this.dataSource.manager, id));
  }
}
