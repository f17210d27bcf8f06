import { Module } from '@nestjs/common';
import { DispatchTransferCommand } from './commands/dispatch-transfer/dispatch-transfer.command';
import { DispatchTransferHttpController } from './commands/dispatch-transfer/dispatch-transfer.http.controller';
import { HoldForContractCommand } from './commands/hold-for-contract/hold-for-contract.command';
import { HoldForContractHttpController } from './commands/hold-for-contract/hold-for-contract.http.controller';
import { PutPartCommand } from './commands/put-part/put-part.command';
import { PutPartHttpController } from './commands/put-part/put-part.http.controller';
import { PutWarehouseCommand } from './commands/put-warehouse/put-warehouse.command';
import { PutWarehouseHttpController } from './commands/put-warehouse/put-warehouse.http.controller';
import { ReceiveCustomerReturnCommand } from './commands/receive-customer-return/receive-customer-return.command';
import { ReceiveCustomerReturnHttpController } from './commands/receive-customer-return/receive-customer-return.http.controller';
import { ReceiveStockCommand } from './commands/receive-stock/receive-stock.command';
import { ReceiveStockHttpController } from './commands/receive-stock/receive-stock.http.controller';
import { ReceiveTransferCommand } from './commands/receive-transfer/receive-transfer.command';
import { ReceiveTransferHttpController } from './commands/receive-transfer/receive-transfer.http.controller';
import { RecordCountCommand } from './commands/record-count/record-count.command';
import { RecordCountHttpController } from './commands/record-count/record-count.http.controller';
import { ReleaseReservationCommand } from './commands/release-reservation/release-reservation.command';
import { ReleaseReservationHttpController } from './commands/release-reservation/release-reservation.http.controller';
import { ReserveStockCommand } from './commands/reserve-stock/reserve-stock.command';
import { ReserveStockHttpController } from './commands/reserve-stock/reserve-stock.http.controller';
import { SetMinimumCommand } from './commands/set-minimum/set-minimum.command';
import { SetMinimumHttpController } from './commands/set-minimum/set-minimum.http.controller';
import { StockReservations } from './commands/stock-reservations';
import { WriteOffStockCommand } from './commands/write-off-stock/write-off-stock.command';
import { WriteOffStockHttpController } from './commands/write-off-stock/write-off-stock.http.controller';
import { SerialUnits } from './infrastructure/serial-units';
import { StockLedger } from './infrastructure/stock-ledger';
import { OnWorkOrderCompletedHandler } from './integration/on-work-order-completed.handler';
import { CatalogueHttpController } from './queries/catalogue/catalogue.http.controller';
import { CatalogueQuery } from './queries/catalogue/catalogue.query';
import { ReservationsHttpController } from './queries/reservations/reservations.http.controller';
import { ReservationsQuery } from './queries/reservations/reservations.query';
import { SerialsHttpController } from './queries/serials/serials.http.controller';
import { SerialsQuery } from './queries/serials/serials.query';
import { ShortagesHttpController } from './queries/shortages/shortages.http.controller';
import { ShortagesQuery } from './queries/shortages/shortages.query';
import { StockHttpController } from './queries/stock/stock.http.controller';
import { StockQuery } from './queries/stock/stock.query';
import { TransfersHttpController } from './queries/transfers/transfers.http.controller';
import { TransfersQuery } from './queries/transfers/transfers.query';

/** Parts, warehouses and the stock ledger (R-RMA-5). Exports StockReservations for the RMA flows of this service. */
@Module({
  controllers: [
    // Static paths before parameterised ones of the same prefix.
    ShortagesHttpController,
    StockHttpController,
    ReceiveStockHttpController,
    ReserveStockHttpController,
    ReservationsHttpController,
    ReleaseReservationHttpController,
    HoldForContractHttpController,
    DispatchTransferHttpController,
    ReceiveTransferHttpController,
    TransfersHttpController,
    RecordCountHttpController,
    WriteOffStockHttpController,
    ReceiveCustomerReturnHttpController,
    SerialsHttpController,
    PutPartHttpController,
    PutWarehouseHttpController,
    SetMinimumHttpController,
    CatalogueHttpController,
  ],
  providers: [
    StockLedger,
    SerialUnits,
    StockReservations,
    StockQuery,
    CatalogueQuery,
    ReservationsQuery,
    TransfersQuery,
    ShortagesQuery,
    SerialsQuery,
    PutPartCommand,
    PutWarehouseCommand,
    ReceiveStockCommand,
    ReserveStockCommand,
    ReleaseReservationCommand,
    HoldForContractCommand,
    DispatchTransferCommand,
    ReceiveTransferCommand,
    RecordCountCommand,
    SetMinimumCommand,
    WriteOffStockCommand,
    ReceiveCustomerReturnCommand,
    OnWorkOrderCompletedHandler,
  ],
  exports: [StockReservations, StockLedger],
})
export class StockModule {}
