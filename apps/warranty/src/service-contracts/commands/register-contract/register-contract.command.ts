import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { isUniqueViolation } from '../../../installed-base/installed-base.errors';
import { UnitEntity } from '../../../installed-base/infrastructure/installed-base.entities';
import { ServiceContractEntity } from '../../infrastructure/service-contract.entity';
import { contractExists, contractOverlaps, contractUnitUnknown } from '../../service-contracts.errors';
import { DEFAULT_PLAN_BY_TIER, ServiceContractView, toContractView } from '../../service-contracts.view';
import { ContractExpiryTimers } from '../../timers/contract-expiry.timers';
import { RegisterContractRequest } from './register-contract.request';

/** A service contract or extended warranty for a unit (R-WA-6); one in force per unit and day. */
@Injectable()
export class RegisterContractCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly expiry: ContractExpiryTimers,
  ) {}

  async execute(request: RegisterContractRequest, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<ServiceContractView>> {
    try {
      return await this.dataSource.transaction((m) =>
        this.idempotency.execute(m, { key: idempotencyKey, scope: `register-contract:${user.sub}`, request }, async () => {
          // The unit's row serialises contracts of one unit, so two overlapping ones cannot both pass the check.
          const unit = await m.getRepository(UnitEntity).findOne({ where: { serialNumber: request.serialNumber }, lock: { mode: 'pessimistic_write' } });
          if (!unit) throw contractUnitUnknown(request.serialNumber);
          const repo = m.getRepository(ServiceContractEntity);
          if (await repo.existsBy({ contractNumber: request.contractNumber })) throw contractExists(request.contractNumber);
          const overlapping = await repo
            .createQueryBuilder('c')
            .where('c.serial_number = :serial AND c.starts_on <= :endsOn AND c.ends_on >= :startsOn', { serial: request.serialNumber, startsOn: request.startsOn, endsOn: request.endsOn })
            .getOne();
          if (overlapping) throw contractOverlaps(request.serialNumber, overlapping.contractNumber, overlapping.startsOn, overlapping.endsOn);
          const contract = repo.create({
            id: uuidv7(),
            contractNumber: request.contractNumber,
            serialNumber: request.serialNumber,
            customerId: request.customerId ?? unit.customerId,
            tier: request.tier,
            slaPlanCode: request.slaPlanCode ?? DEFAULT_PLAN_BY_TIER[request.tier],
            targets: request.targets,
            coverage: request.coverage,
            startsOn: request.startsOn,
            endsOn: request.endsOn,
            priceMinor: request.price.amountMinor,
            currency: request.price.currency,
            createdAt: new Date(),
          });
          await repo.insert(contract);
          await this.expiry.schedule(m, contract);
          return { status: 201, body: toContractView(contract) };
        }),
      );
    } catch (error) {
      throw isUniqueViolation(error) ? contractExists(request.contractNumber) : error;
    }
  }
}
