import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { isUniqueViolation, productModelExists } from '../../installed-base.errors';
import { ProductModelView, toProductModelView } from '../../installed-base.view';
import { ProductModelEntity } from '../../infrastructure/installed-base.entities';
import { RegisterProductModelRequest } from './register-product-model.request';

/** A product model and its warranty policy (R-WA-1). */
@Injectable()
export class RegisterProductModelCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
  ) {}

  async execute(request: RegisterProductModelRequest, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<ProductModelView>> {
    try {
      return await this.dataSource.transaction((m) =>
        this.idempotency.execute(m, { key: idempotencyKey, scope: `register-product-model:${user.sub}`, request }, async () => {
          const repo = m.getRepository(ProductModelEntity);
          if (await repo.existsBy({ code: request.code })) throw productModelExists(request.code);
          const model = repo.create({ id: uuidv7(), ...request, createdAt: new Date() });
          await repo.insert(model);
          return { status: 201, body: toProductModelView(model) };
        }),
      );
    } catch (error) {
      throw isUniqueViolation(error) ? productModelExists(request.code) : error;
    }
  }
}
