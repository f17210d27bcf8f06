import { Module } from '@nestjs/common';
import { ComplaintStandingStore } from './infrastructure/complaint-standing.store';
import { OnCustomerComplaintStandingChangedHandler } from './integration/on-customer-complaint-standing-changed.handler';

/** R-CP-5: who complained before, as complaints publishes it; cases and customers read it from here. */
@Module({
  providers: [ComplaintStandingStore, OnCustomerComplaintStandingChangedHandler],
  exports: [ComplaintStandingStore],
})
export class ComplainantsModule {}
