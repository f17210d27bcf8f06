import { Module } from '@nestjs/common';
import { ComplainantStore } from './infrastructure/complainant.store';
import { OnCustomerComplaintStandingChangedHandler } from './integration/on-customer-complaint-standing-changed.handler';

/** R-CP-5: complaints' standing of each customer, for assignment. */
@Module({ providers: [ComplainantStore, OnCustomerComplaintStandingChangedHandler], exports: [ComplainantStore] })
export class ComplainantsModule {}
