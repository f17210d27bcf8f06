import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { isUniqueViolation, unitExists, unknownProductModel } from '../../installed-base.errors';
import { UnitView, toUnitView } from '../../installed-base.view';
import { ProductModelEntity, UnitEntity, UnitOwnershipEntity } from '../../infrastructure/installed-base.entities';
import { RegisterUnitRequest } from './register-unit.request';

/** A unit of the installed base with the dates and proof its warranty is decided from (R-WA-5). */
@Injectable()
export class RegisterUnitCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
  ) {}

  async execute(request: RegisterUnitRequest, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<UnitView>> {
    try {
      return await this.dataSource.transaction((m) =>
        this.idempotency.execute(m, { key: idempotencyKey, scope: `register-unit:${user.sub}`, request }, async () => {
          if (!(await m.getRepository(ProductModelEntity).existsBy({ code: request.productModel }))) throw unknownProductModel(request.productModel);
          const repo = m.getRepository(UnitEntity);
          if (await repo.existsBy({ serialNumber: request.serialNumber })) throw unitExists(request.serialNumber);
          const unit = repo.create({
            id: uuidv7(),
            serialNumber: request.serialNumber,
            modelCode: request.productModel,
            customerId: request.customerId ?? null,
            purchaseDate: request.purchaseDate ?? null,
            deliveryDate: request.deliveryDate ?? null,
            acceptanceDate: request.acceptanceDate ?? null,
            proofType: request.proofType,
            createdAt: new Date(),
          });
          await repo.insert(unit);
          if (unit.customerId) {
            await m.getRepository(UnitOwnershipEntity).insert({
              id: uuidv7(),
              serialNumber: unit.serialNumber,
              fromCustomerId: null,
              toCustomerId: unit.customerId,
              transferredOn: unit.purchaseDate ?? unit.deliveryDate ?? unit.createdAt.toISOString().slice(0, 10),
              note: 'registered with the unit',
              recordedBy: user.sub,
              recordedAt: unit.createdAt,
            });
          }
          return { status: 201, body: toUnitView(unit) };
        }),
      );
    } catch (error) {
      throw isUniqueViolation(error) ? unitExists(request.serialNumber) : error;
    }
  }
}
