import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Msg, Subscription } from '@nats-io/nats-core';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { isoDate } from '@aftersales/contracts-core';
import { ENTITLEMENT_CHECK_V1_SUBJECT, EntitlementCheckReplyV1, entitlementCheckRequestV1 } from '@aftersales/contracts-warranty';
import { NatsContext, wireSubject } from '@aftersales/platform-messaging';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { EntitlementEvaluator } from '../entitlement.evaluator';

/**
 * Answers an agent waiting on the phone (docs/architecture.md: request-reply only where a user waits): serial and instant
 * in, the explained decision out (R-WA-7), computed and not stored, like GET /v1/entitlements.
 */
@Injectable()
export class EntitlementCheckResponder implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('EntitlementCheck');
  private subscription: Subscription | null = null;

  constructor(
    private readonly nats: NatsContext,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly evaluator: EntitlementEvaluator,
  ) {}

  onApplicationBootstrap(): void {
    const subject = wireSubject(this.config.natsNamespace, ENTITLEMENT_CHECK_V1_SUBJECT);
    // One queue group: every replica may answer, each request is answered once.
    this.subscription = this.nats.connection.subscribe(subject, { queue: 'warranty', callback: (error, msg) => (error ? this.logger.warn(error.message) : void this.answer(msg)) });
  }

  /** Stop taking requests before the connection closes; the ones in hand are still answered. */
  async onModuleDestroy(): Promise<void> {
    const sub = this.subscription;
    this.subscription = null;
    if (sub && !sub.isClosed() && !this.nats.connection.isClosed()) await sub.drain();
  }

  private async answer(msg: Msg): Promise<void> {
    msg.respond(JSON.stringify(await this.reply(msg)));
  }

  private async reply(msg: Msg): Promise<EntitlementCheckReplyV1> {
    let body: unknown;
    try {
      body = msg.json();
    } catch {
      return { ok: false, error: { code: 'WARRANTY.BAD_REQUEST', message: 'the request is not JSON' } };
    }
    const parsed = entitlementCheckRequestV1.safeParse(body);
    if (!parsed.success) {
      return { ok: false, error: { code: 'WARRANTY.BAD_REQUEST', message: parsed.error.issues.map((i) => `${i.path.join('.') || '(request)'}: ${i.message}`).join('; ') } };
    }
    const q = parsed.data;
    try {
      const d = await this.evaluator.evaluate(this.dataSource.manager, {
        serialNumber: q.serialNumber,
        productModel: q.productModel ?? null,
        purchaseDate: q.purchaseDate ?? null,
        at: this.instant(q.at),
      });
      return {
        ok: true,
        entitlement: {
          serialNumber: q.serialNumber,
          decidedFor: d.evidence.decidedFor,
          timeZone: d.evidence.timeZone,
          productModel: d.productModel,
          inWarranty: d.inWarranty,
          remedy: d.remedy,
          warrantyStartsOn: d.warrantyStartsOn,
          warrantyEndsOn: d.warrantyEndsOn,
          coverage: d.coverage,
          allowedServiceModes: d.allowedServiceModes,
          slaPlanCode: d.slaPlanCode,
          contractNumber: d.contract?.contractNumber ?? null,
          rules: d.rules,
        },
      };
    } catch (error) {
      this.logger.error(`entitlement check failed: ${(error as Error).message}`);
      return { ok: false, error: { code: 'WARRANTY.UNAVAILABLE', message: 'the entitlement could not be decided now: try again' } };
    }
  }

  /** A bare date means that day in the warranty's zone (noon, far from either midnight), as on GET /v1/entitlements. */
  private instant(at: string | undefined): Date {
    if (!at) return new Date();
    if (isoDate.safeParse(at).success) return DateTime.fromISO(at, { zone: this.evaluator.timeZone }).set({ hour: 12 }).toJSDate();
    return new Date(at);
  }
}
