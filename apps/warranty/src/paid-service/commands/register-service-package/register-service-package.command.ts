import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { isUniqueViolation } from '../../../installed-base/installed-base.errors';
import { UnitEntity } from '../../../installed-base/infrastructure/installed-base.entities';
import { ServicePackageEntity } from '../../infrastructure/paid-service.entities';
import { packageExists, unknownUnit } from '../../paid-service.errors';
import { ServicePackageView, toPackageView } from '../../paid-service.view';
import { RegisterServicePackageRequest } from './register-service-package.request';

/** A service package the customer bought for a unit, deducted from paid service (R-DS-7). */
@Injectable()
export class RegisterServicePackageCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
  ) {}

  async execute(request: RegisterServicePackageRequest, user: AuthUser, key?: string): Promise<IdempotentResult<ServicePackageView>> {
    try {
      return await this.dataSource.transaction((m) =>
        this.idempotency.execute(m, { key, scope: `register-service-package:${user.sub}`, request }, async () => {
          if (!(await m.getRepository(UnitEntity).existsBy({ serialNumber: request.serialNumber }))) throw unknownUnit(request.serialNumber);
          const repo = m.getRepository(ServicePackageEntity);
          if (await repo.existsBy({ packageNumber: request.packageNumber })) throw packageExists(request.packageNumber);
          const pkg = repo.create({
            id: uuidv7(),
            packageNumber: request.packageNumber,
            serialNumber: request.serialNumber,
            labourMinutes: request.labourMinutes,
            travel: request.travel,
            partsAllowanceMinor: request.partsAllowance.amountMinor,
            currency: request.partsAllowance.currency,
            validFrom: request.validFrom,
            validTo: request.validTo,
            createdAt: new Date(),
          });
          await repo.insert(pkg);
          return { status: 201, body: toPackageView(pkg) };
        }),
      );
    } catch (error) {
      throw isUniqueViolation(error) ? packageExists(request.packageNumber) : error;
    }
  }
}
