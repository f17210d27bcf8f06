import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { sameOwner, transferBeforeLast, unitNotFound } from '../../installed-base.errors';
import { OwnershipView, toOwnershipView } from '../../installed-base.view';
import { UnitEntity, UnitOwnershipEntity } from '../../infrastructure/installed-base.entities';
import { TransferUnitRequest } from './transfer-unit.request';

/**
 * A unit changes hands: the new owner gets the warranty as it stands (its start and period do not change, R-WA-5)
 * and the earlier owners stay in the unit's history.
 */
@Injectable()
export class TransferUnitCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
  ) {}

  async execute(serialNumber: string, request: TransferUnitRequest, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<OwnershipView>> {
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key: idempotencyKey, scope: `transfer-unit:${user.sub}:${serialNumber}`, request }, async () => {
        const unit = await m.getRepository(UnitEntity).findOne({ where: { serialNumber }, lock: { mode: 'pessimistic_write' } });
        if (!unit) throw unitNotFound(serialNumber);
        if (unit.customerId === request.toCustomerId) throw sameOwner(serialNumber);
        const history = m.getRepository(UnitOwnershipEntity);
        const last = await history.findOne({ where: { serialNumber }, order: { id: 'DESC' } });
        if (last && request.transferredOn < last.transferredOn) throw transferBeforeLast(serialNumber, last.transferredOn);
        const entry = history.create({
          id: uuidv7(),
          serialNumber,
          fromCustomerId: unit.customerId,
          toCustomerId: request.toCustomerId,
          transferredOn: request.transferredOn,
          note: request.note ?? null,
          recordedBy: user.sub,
          recordedAt: new Date(),
        });
        await history.insert(entry);
        await m.getRepository(UnitEntity).update({ serialNumber }, { customerId: request.toCustomerId });
        return { status: 201, body: toOwnershipView(entry) };
      }),
    );
  }
}
