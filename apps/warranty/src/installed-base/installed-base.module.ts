import { Module } from '@nestjs/common';
import { RegisterProductModelCommand } from './commands/register-product-model/register-product-model.command';
import { RegisterProductModelHttpController } from './commands/register-product-model/register-product-model.http.controller';
import { RegisterUnitCommand } from './commands/register-unit/register-unit.command';
import { RegisterUnitHttpController } from './commands/register-unit/register-unit.http.controller';
import { ProductModelsHttpController } from './queries/product-models/product-models.http.controller';
import { UnitsHttpController } from './queries/units/units.http.controller';

/** Product models with their warranty policies and the registered units (R-WA-1, R-WA-5). */
@Module({
  controllers: [RegisterProductModelHttpController, ProductModelsHttpController, RegisterUnitHttpController, UnitsHttpController],
  providers: [RegisterProductModelCommand, RegisterUnitCommand],
})
export class InstalledBaseModule {}
