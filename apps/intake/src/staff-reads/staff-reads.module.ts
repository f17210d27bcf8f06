import { Global, Module } from '@nestjs/common';
import { CustomerReadAudit } from './customer-read.audit';
import { ListCustomerReadsHttpController } from './queries/list-customer-reads/list-customer-reads.http.controller';

/** R-IN-8: the audit of staff reading customer records, and its read side for administrators. */
@Global()
@Module({
  controllers: [ListCustomerReadsHttpController],
  providers: [CustomerReadAudit],
  exports: [CustomerReadAudit],
})
export class StaffReadsModule {}
