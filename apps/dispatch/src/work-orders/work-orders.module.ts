import { Module } from '@nestjs/common';
import { CompleteWorkOrderHttpController } from './commands/complete-work-order/complete-work-order.http.controller';
import { OnDispatchRequestedHandler } from './integration/on-dispatch-requested.handler';
import { ListWorkOrdersHttpController } from './queries/list-work-orders/list-work-orders.http.controller';

@Module({
  controllers: [CompleteWorkOrderHttpController, ListWorkOrdersHttpController],
  providers: [OnDispatchRequestedHandler],
})
export class WorkOrdersModule {}
