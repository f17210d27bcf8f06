import { ServiceDefinition } from '@aftersales/platform-service-defaults';
import { CreateStock1732320004000 } from './migrations/1732320004000-create-stock';
import { PartsAndStock1732320004100 } from './migrations/1732320004100-parts-and-stock';
import { CreateRmas1732320004500 } from './migrations/1732320004500-create-rmas';
import { DepotRepairs1732320004510 } from './migrations/1732320004510-depot-repairs';
import { depotRepairEntities } from './depot-repairs/infrastructure/depot-repair.entities';
import { rmaEntities } from './rmas/infrastructure/rma.entities';
import {
  PartSubstituteEntity,
  SerialHistoryEntity,
  SerialUnitEntity,
  SparePartEntity,
  StockCountEntity,
  StockLedgerEntity,
  StockLevelEntity,
  StockLoanEntity,
  StockReservationEntity,
  StockTransferEntity,
  WarehouseEntity,
} from './stock/infrastructure/stock.entities';

export const rmaInventoryService: ServiceDefinition = {
  service: 'rma-inventory',
  title: 'RMA and spare-parts inventory',
  description: 'Warehouses, spare parts, the stock ledger, RMAs and depot repairs (docs/domain.md R-RMA-*).',
  entities: [
    WarehouseEntity,
    SparePartEntity,
    PartSubstituteEntity,
    StockLevelEntity,
    StockLedgerEntity,
    StockReservationEntity,
    StockTransferEntity,
    StockCountEntity,
    SerialUnitEntity,
    SerialHistoryEntity,
    StockLoanEntity,
    ...rmaEntities,
    ...depotRepairEntities,
  ],
  migrations: [CreateStock1732320004000, PartsAndStock1732320004100, CreateRmas1732320004500, DepotRepairs1732320004510],
};
