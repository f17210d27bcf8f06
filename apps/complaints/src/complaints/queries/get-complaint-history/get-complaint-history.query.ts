import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { complaintHistoryNotFound } from '../../complaint.errors';
import { ComplaintHistoryView, toHistoryView } from '../../complaint.view';
import { CustomerComplaintHistoryEntity } from '../../infrastructure/complaint.entity';

/** Whether a customer complained before (R-CP-5); a customer reads only their own history (R-IN-8). */
@Injectable()
export class GetComplaintHistoryQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(customerId: string, user: AuthUser): Promise<ComplaintHistoryView> {
    if (user.roles.includes('customer') && customerId !== user.customerId) throw complaintHistoryNotFound(customerId);
    return toHistoryView(customerId, await this.dataSource.getRepository(CustomerComplaintHistoryEntity).findOneBy({ customerId }));
  }
}
