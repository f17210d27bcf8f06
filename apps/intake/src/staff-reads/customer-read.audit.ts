import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '../cases/infrastructure/clock';
import { CustomerRecordReadEntity } from './infrastructure/customer-record-read.entity';

export interface CustomerRead {
  customerId: string | null;
  record: 'customer' | 'customer-list' | 'case' | 'case-activity';
  recordId: string | null;
  action: string;
}

/** R-IN-8: every read of customer records by staff is written down (a customer reading their own is not). */
@Injectable()
export class CustomerReadAudit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(user: AuthUser, reads: CustomerRead | readonly CustomerRead[]): Promise<void> {
    if (user.roles.includes('customer')) return;
    const rows = (Array.isArray(reads) ? reads : [reads]) as CustomerRead[];
    if (rows.length === 0) return;
    const at = this.clock.now();
    await this.dataSource.getRepository(CustomerRecordReadEntity).insert(
      rows.map((r) => ({ id: uuidv7(), at, actor: `user:${user.sub}`, roles: [...user.roles], branch: user.branch ?? null, customerId: r.customerId, record: r.record, recordId: r.recordId, action: r.action })),
    );
  }
}
