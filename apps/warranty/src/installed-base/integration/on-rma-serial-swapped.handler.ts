import { Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { v7 as uuidv7 } from 'uuid';
import { EventEnvelope } from '@aftersales/contracts-core';
import { RmaSerialSwappedV1, RmaSerialSwappedV1Data } from '@aftersales/contracts-rma-inventory';
import { EventContext, OnEvent } from '@aftersales/platform-messaging';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { replacementWarrantyDates } from '../domain/replacement-warranty';
import { ProductModelEntity, UnitEntity, UnitOwnershipEntity, UnitSwapEntity } from '../infrastructure/installed-base.entities';

/**
 * The installed base follows an RMA's serial swap (R-RMA-2, R-WA-4): the replacement becomes the customer's unit
 * with the faulty unit's remaining warranty or a new one, as the model's policy says; the faulty unit leaves the
 * customer; the swap is in both units' history (GET /v1/units/{serial}/swaps). Once per RMA.
 */
@Injectable()
export class OnRmaSerialSwappedHandler {
  private readonly logger = new Logger('OnRmaSerialSwapped');

  constructor(private readonly config: AppConfig) {}

  @OnEvent(RmaSerialSwappedV1, { name: 'follow-serial-swap' })
  async handle(event: EventEnvelope<RmaSerialSwappedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    const m = ctx.manager;
    if (await m.getRepository(UnitSwapEntity).existsBy({ rmaId: d.rmaId })) return; // followed before
    const faulty = await m.getRepository(UnitEntity).findOne({ where: { serialNumber: d.faultySerial }, lock: { mode: 'pessimistic_write' } });
    if (!faulty) {
      this.logger.warn(`RMA ${d.rmaNumber} swapped ${d.faultySerial}, which is not registered; nothing to follow`);
      return;
    }
    const model = await m.getRepository(ProductModelEntity).findOneBy({ code: faulty.modelCode });
    const policy = model?.replacementWarranty ?? 'remaining';
    const swappedAt = new Date(d.swappedAt);
    const swappedOn = DateTime.fromJSDate(swappedAt, { zone: this.config.get<string>('WARRANTY_TIME_ZONE') }).toISODate() as string;
    const dates = replacementWarrantyDates(policy, faulty, swappedOn);
    const owner = d.customerId ?? faulty.customerId;
    const units = m.getRepository(UnitEntity);
    const existing = await units.findOneBy({ serialNumber: d.replacementSerial });
    if (existing) {
      await units.update({ serialNumber: d.replacementSerial }, { ...dates, customerId: owner, modelCode: faulty.modelCode, proofType: faulty.proofType });
    } else {
      await units.insert({ id: uuidv7(), serialNumber: d.replacementSerial, modelCode: faulty.modelCode, customerId: owner, ...dates, proofType: faulty.proofType, createdAt: new Date() });
    }
    const recordedAt = new Date();
    if (owner) {
      await m.getRepository(UnitOwnershipEntity).insert({
        id: uuidv7(),
        serialNumber: d.replacementSerial,
        fromCustomerId: existing?.customerId ?? null,
        toCustomerId: owner,
        transferredOn: swappedOn,
        note: `RMA ${d.rmaNumber}: replaces ${d.faultySerial}`,
        recordedBy: 'rma-inventory',
        recordedAt,
      });
    }
    await units.update({ serialNumber: d.faultySerial }, { customerId: null });
    await m.getRepository(UnitSwapEntity).insert({
      id: uuidv7(),
      rmaId: d.rmaId,
      rmaNumber: d.rmaNumber,
      caseId: d.caseId,
      faultySerial: d.faultySerial,
      replacementSerial: d.replacementSerial,
      replacementWarranty: policy,
      swappedAt,
      recordedAt,
    });
  }
}
