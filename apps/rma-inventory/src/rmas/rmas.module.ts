import { Module } from '@nestjs/common';
import { ApproveRmaCommand } from './commands/approve-rma/approve-rma.command';
import { ApproveRmaHttpController } from './commands/approve-rma/approve-rma.http.controller';
import { CancelRmaCommand } from './commands/cancel-rma/cancel-rma.command';
import { CancelRmaHttpController } from './commands/cancel-rma/cancel-rma.http.controller';
import { CloseRmaCommand } from './commands/close-rma/close-rma.command';
import { CloseRmaHttpController } from './commands/close-rma/close-rma.http.controller';
import { InspectUnitCommand } from './commands/inspect-unit/inspect-unit.command';
import { InspectUnitHttpController } from './commands/inspect-unit/inspect-unit.http.controller';
import { OpenRmaCommand } from './commands/open-rma/open-rma.command';
import { OpenRmaHttpController } from './commands/open-rma/open-rma.http.controller';
import { ReceiveUnitCommand } from './commands/receive-unit/receive-unit.command';
import { ReceiveUnitHttpController } from './commands/receive-unit/receive-unit.http.controller';
import { RecordDeliveryCommand } from './commands/record-delivery/record-delivery.command';
import { RecordDeliveryHttpController } from './commands/record-delivery/record-delivery.http.controller';
import { RecordShipmentCommand } from './commands/record-shipment/record-shipment.command';
import { RecordShipmentHttpController } from './commands/record-shipment/record-shipment.http.controller';
import { RejectRmaCommand } from './commands/reject-rma/reject-rma.command';
import { RejectRmaHttpController } from './commands/reject-rma/reject-rma.http.controller';
import { ReservationsSpareStock } from './infrastructure/reservations-spare-stock';
import { RmaRepository } from './infrastructure/rma.repository';
import { StockModule } from '../stock/stock.module';
import { SpareStock } from './infrastructure/spare-stock.port';
import { OnEntitlementChangedHandler } from './integration/on-entitlement-changed.handler';
import { OnEntitlementDeterminedHandler } from './integration/on-entitlement-determined.handler';
import { OnWorkOrderVisitIncompleteHandler } from './integration/on-work-order-visit-incomplete.handler';
import { WarrantyRemedyRmas } from './integration/warranty-remedy-rmas';
import { RmasHttpController } from './queries/rmas/rmas.http.controller';
import { RmasQuery } from './queries/rmas/rmas.query';
import { OnReturnChaseDueTimer } from './timers/on-return-chase-due.timer';
import { OnRmaDeadlineDueTimer } from './timers/on-rma-deadline-due.timer';
import { ReturnChaseTimers } from './timers/return-chase.timers';
import { RmaDeadlineTimers } from './timers/rma-deadline.timers';

/** RMAs (R-RMA-1..4, R-RMA-7, R-RMA-8) and the standby units lent on visits (R-DS-5). */
@Module({
  imports: [StockModule],
  controllers: [
    OpenRmaHttpController,
    RmasHttpController,
    ApproveRmaHttpController,
    RejectRmaHttpController,
    CancelRmaHttpController,
    RecordShipmentHttpController,
    RecordDeliveryHttpController,
    ReceiveUnitHttpController,
    InspectUnitHttpController,
    CloseRmaHttpController,
  ],
  providers: [
    RmaRepository,
    { provide: SpareStock, useClass: ReservationsSpareStock },
    OpenRmaCommand,
    ApproveRmaCommand,
    RejectRmaCommand,
    CancelRmaCommand,
    RecordShipmentCommand,
    RecordDeliveryCommand,
    ReceiveUnitCommand,
    InspectUnitCommand,
    CloseRmaCommand,
    RmasQuery,
    WarrantyRemedyRmas,
    OnEntitlementDeterminedHandler,
    OnEntitlementChangedHandler,
    OnWorkOrderVisitIncompleteHandler,
    RmaDeadlineTimers,
    ReturnChaseTimers,
    OnRmaDeadlineDueTimer,
    OnReturnChaseDueTimer,
  ],
})
export class RmasModule {}
