import { Module } from '@nestjs/common';
import { AssignWorkOrderCommand } from './commands/assign-work-order/assign-work-order.command';
import { AssignWorkOrderHttpController } from './commands/assign-work-order/assign-work-order.http.controller';
import { CompleteWorkOrderCommand } from './commands/complete-work-order/complete-work-order.command';
import { CompleteWorkOrderHttpController } from './commands/complete-work-order/complete-work-order.http.controller';
import { ContactCustomerCommand } from './commands/contact-customer/contact-customer.command';
import { ContactCustomerHttpController } from './commands/contact-customer/contact-customer.http.controller';
import { CreateWorkOrderCommand } from './commands/create-work-order/create-work-order.command';
import { CreateWorkOrderHttpController } from './commands/create-work-order/create-work-order.http.controller';
import { EscalateWorkOrderCommand } from './commands/escalate-work-order/escalate-work-order.command';
import { EscalateWorkOrderHttpController } from './commands/escalate-work-order/escalate-work-order.http.controller';
import { TakeOverWorkOrderCommand } from './commands/take-over-work-order/take-over-work-order.command';
import { TakeOverWorkOrderHttpController } from './commands/take-over-work-order/take-over-work-order.http.controller';
import { WorkOrderAssignment } from './commands/work-order-assignment';
import { WorkOrderCompletion } from './commands/work-order-completion';
import { OnCasePriorityChangedHandler } from './integration/on-case-priority-changed.handler';
import { OnDispatchRequestedHandler } from './integration/on-dispatch-requested.handler';
import { EngineerDayHttpController } from './queries/engineer-day/engineer-day.http.controller';
import { EngineerDayQuery } from './queries/engineer-day/engineer-day.query';
import { GetWorkOrderHttpController } from './queries/get-work-order/get-work-order.http.controller';
import { GetWorkOrderQuery } from './queries/get-work-order/get-work-order.query';
import { ListWorkOrdersHttpController } from './queries/list-work-orders/list-work-orders.http.controller';
import { ListWorkOrdersQuery } from './queries/list-work-orders/list-work-orders.query';
import { WorkBoardHttpController } from './queries/work-board/work-board.http.controller';
import { WorkBoardQuery } from './queries/work-board/work-board.query';
import { AcknowledgementTimers } from './timers/acknowledgement.timers';
import { OnAcknowledgementDueTimer } from './timers/on-acknowledgement-due.timer';
import { OnQueueRetryDueTimer } from './timers/on-queue-retry-due.timer';
import { QueueRetryTimers } from './timers/queue-retry.timers';
import { ComplainantsModule } from '../complainants/complainants.module';

@Module({
  imports: [ComplainantsModule],
  controllers: [
    EngineerDayHttpController,
    WorkBoardHttpController,
    CreateWorkOrderHttpController,
    AssignWorkOrderHttpController,
    TakeOverWorkOrderHttpController,
    EscalateWorkOrderHttpController,
    ContactCustomerHttpController,
    CompleteWorkOrderHttpController,
    ListWorkOrdersHttpController,
    GetWorkOrderHttpController,
  ],
  providers: [
    WorkOrderAssignment,
    WorkOrderCompletion,
    CreateWorkOrderCommand,
    AssignWorkOrderCommand,
    TakeOverWorkOrderCommand,
    EscalateWorkOrderCommand,
    ContactCustomerCommand,
    CompleteWorkOrderCommand,
    ListWorkOrdersQuery,
    GetWorkOrderQuery,
    EngineerDayQuery,
    WorkBoardQuery,
    OnDispatchRequestedHandler,
    OnCasePriorityChangedHandler,
    AcknowledgementTimers,
    OnAcknowledgementDueTimer,
    QueueRetryTimers,
    OnQueueRetryDueTimer,
  ],
  exports: [WorkOrderAssignment, AcknowledgementTimers, WorkOrderCompletion],
})
export class WorkOrdersModule {}
