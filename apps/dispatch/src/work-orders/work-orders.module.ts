import { Module } from '@nestjs/common';
import { AcknowledgementTimers } from './acknowledgement/acknowledgement.timers';
import { OnAcknowledgementDueTimer } from './acknowledgement/on-acknowledgement-due.timer';
import { AssignWorkOrderHttpController } from './commands/assign-work-order/assign-work-order.http.controller';
import { CompleteWorkOrderHttpController } from './commands/complete-work-order/complete-work-order.http.controller';
import { ContactCustomerHttpController } from './commands/contact-customer/contact-customer.http.controller';
import { CreateWorkOrderCommand } from './commands/create-work-order/create-work-order.command';
import { CreateWorkOrderHttpController } from './commands/create-work-order/create-work-order.http.controller';
import { WorkOrderAssignment } from './commands/work-order-assignment';
import { OnDispatchRequestedHandler } from './integration/on-dispatch-requested.handler';
import { OnQueueRetryTimer } from './queue/on-queue-retry.timer';
import { QueueRetryTimers } from './queue/queue-retry.timers';
import { WorkOrderCompletion } from './work-order-completion.service';
import { ListWorkOrdersHttpController } from './queries/list-work-orders/list-work-orders.http.controller';
import { WorkBoardsHttpController } from './queries/work-boards/work-boards.http.controller';

@Module({
  controllers: [WorkBoardsHttpController, CreateWorkOrderHttpController, AssignWorkOrderHttpController, ContactCustomerHttpController, CompleteWorkOrderHttpController, ListWorkOrdersHttpController],
  providers: [AcknowledgementTimers, WorkOrderAssignment, CreateWorkOrderCommand, OnDispatchRequestedHandler, OnAcknowledgementDueTimer, WorkOrderCompletion, QueueRetryTimers, OnQueueRetryTimer],
  exports: [WorkOrderAssignment, AcknowledgementTimers, WorkOrderCompletion],
})
export class WorkOrdersModule {}
