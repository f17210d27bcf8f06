import { ServiceDefinition } from '@aftersales/platform-service-defaults';
import { CreateStock1732320004000 } from './migrations/1732320004000-create-stock';
import { CreateRmas1732320004500 } from './migrations/1732320004500-create-rmas';
import { rmaEntities } from './rmas/infrastructure/rma.entities';
import { SparePartEntity, StockLedgerEntity, StockLevelEntity, WarehouseEntity } from './stock/infrastructure/stock.entities';

export const rmaInventoryService: ServiceDefinition = {
  service: 'rma-inventory',
  title: 'RMA and spare-parts inventory',
  description: 'Warehouses, spare parts, the stock ledger, RMAs and depot repairs (docs/domain.md R-RMA-*).',
  entities: [WarehouseEntity, SparePartEntity, StockLevelEntity, StockLedgerEntity, ...rmaEntities],
  migrations: [CreateStock1732320004000, CreateRmas1732320004500],
};
