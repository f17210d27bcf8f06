import { timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { receiptEndpointNotFound } from '../../delivery.errors';
import { DeliveryEntity } from '../../infrastructure/delivery.entity';
import { RecordSmsReceiptsRequest } from './record-sms-receipts.request';

/**
 * The gateway's delivery receipts: a sent SMS becomes delivered, or failed with the carrier's code. Receipts are
 * pushed again and are not idempotent upstream, so only a `sent` delivery changes: a repeated or late receipt never
 * moves a final state (matched by BizId and our OutId = delivery id). Unknown receipts are ignored, not refused, so
 * the gateway stops pushing them.
 */
@Injectable()
export class RecordSmsReceiptsCommand {
  private readonly token: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.token = Buffer.from(config.get<string>('NOTIFY_SMS_RECEIPT_TOKEN'));
  }

  /** The path token is the only protection the documented push has (plus the source-IP allowlist in front). */
  checkToken(token: string): void {
    const given = Buffer.from(token);
    if (this.token.length === 0 || given.length !== this.token.length || !timingSafeEqual(given, this.token)) throw receiptEndpointNotFound();
  }

  execute(token: string, receipts: RecordSmsReceiptsRequest): Promise<{ updated: number }> {
    this.checkToken(token);
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      let updated = 0;
      for (const r of receipts) {
        const result = await m
          .createQueryBuilder()
          .update(DeliveryEntity)
          .set(
            r.success
              ? { status: 'delivered', deliveredAt: now }
              : { status: 'failed', failedAt: now, lastError: `RECEIPT: ${r.err_code} ${r.err_msg}`.trim().slice(0, 500) },
          )
          .where(`channel = 'sms' AND status = 'sent' AND provider_ref = :bizId AND id::text = :outId`, { bizId: r.biz_id, outId: r.out_id })
          .execute();
        updated += result.affected ?? 0;
      }
      return { updated };
    });
  }
}
