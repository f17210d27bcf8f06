import { Module } from '@nestjs/common';
import { ImportUnitsCommand } from './commands/import-units/import-units.command';
import { ImportUnitsHttpController } from './commands/import-units/import-units.http.controller';
import { RegisterProductModelCommand } from './commands/register-product-model/register-product-model.command';
import { RegisterProductModelHttpController } from './commands/register-product-model/register-product-model.http.controller';
import { RegisterUnitCommand } from './commands/register-unit/register-unit.command';
import { RegisterUnitHttpController } from './commands/register-unit/register-unit.http.controller';
import { TransferUnitCommand } from './commands/transfer-unit/transfer-unit.command';
import { TransferUnitHttpController } from './commands/transfer-unit/transfer-unit.http.controller';
import { OnRmaSerialSwappedHandler } from './integration/on-rma-serial-swapped.handler';
import { ProductModelsHttpController } from './queries/product-models/product-models.http.controller';
import { ProductModelsQuery } from './queries/product-models/product-models.query';
import { UnitsHttpController } from './queries/units/units.http.controller';
import { UnitsQuery } from './queries/units/units.query';

/** Product models with their warranty policies and the registered units (R-WA-1, R-WA-5), following RMA swaps (R-WA-4). */
@Module({
  controllers: [
    RegisterProductModelHttpController,
    ProductModelsHttpController,
    ImportUnitsHttpController,
    RegisterUnitHttpController,
    TransferUnitHttpController,
    UnitsHttpController,
  ],
  providers: [OnRmaSerialSwappedHandler, RegisterProductModelCommand, RegisterUnitCommand, ImportUnitsCommand, TransferUnitCommand, ProductModelsQuery, UnitsQuery],
})
export class InstalledBaseModule {}
