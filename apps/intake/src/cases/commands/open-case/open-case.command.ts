import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { CaseOpenedV1 } from '@aftersales/contracts-intake';
import { OutboxService } from '@aftersales/platform-messaging';
import { AppConfig, AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { complainantOnCase } from '../../../complainants/domain/complainant.policy';
import { ComplaintStandingStore } from '../../../complainants/infrastructure/complaint-standing.store';
import { complainantTreatment } from '../../../config/complainants.config';
import { SlaPort } from '../../../sla/integration/sla.port';
import { Clock } from '../../infrastructure/clock';
import { customerRequired, customerUnknown, foreignCustomer, invalidCustomerToken, siteUnknown } from '../../case.errors';
import { CaseView, toCaseView } from '../../case.view';
import { CaseEntity } from '../../infrastructure/case.entity';
import { CaseRepository } from '../../infrastructure/case.repository';
import { caseOpenedData } from '../../integration/case-opened.mapping';
import { OpenCaseRequest } from './open-case.request';

/** R-IN-1..5: store the case, its first activity entry and case.opened.v1 in one transaction. */
@Injectable()
export class OpenCaseCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly outbox: OutboxService,
    private readonly idempotency: IdempotencyService,
    private readonly sla: SlaPort,
    private readonly clock: Clock,
    private readonly standings: ComplaintStandingStore,
    private readonly config: AppConfig,
  ) {}

  /** `within`: the caller's transaction (the email channel records the mail in the same one), else a new one. */
  execute(request: OpenCaseRequest, user: AuthUser, idempotencyKey?: string, within?: EntityManager): Promise<IdempotentResult<CaseView>> {
    const customerId = customerOf(request, user);
    const transaction = <T>(work: (m: EntityManager) => Promise<T>) => (within ? work(within) : this.dataSource.transaction(work));
    return transaction((m) =>
      this.idempotency.execute(m, { key: idempotencyKey, scope: `open-case:${user.sub}`, request }, async () => {
        // A case for a customer nobody registered would be a case for nobody: refused before anything is written.
        if ((await m.query(`SELECT 1 FROM customers WHERE id = $1`, [customerId])).length === 0) throw customerUnknown(customerId);
        const site = request.siteId ? await siteOf(m, request.siteId, customerId) : null;
        const now = this.clock.now();
        // R-CP-5: a customer who complained before is flagged, and by configuration gets one priority level higher.
        const treated = complainantOnCase(await this.standings.of(m, customerId), request.priority, complainantTreatment(this.config));
        const entity: CaseEntity = m.getRepository(CaseEntity).create({
          id: uuidv7(),
          caseNumber: await this.cases.nextCaseNumber(m, now),
          channel: request.channel,
          customerId,
          contact: request.contact,
          productModel: request.productModel,
          serialNumber: request.serialNumber,
          purchaseDate: request.purchaseDate ?? null,
          purchaseProof: request.purchaseProof ?? null,
          purchaseProofReference: request.purchaseProofReference ?? null,
          symptoms: request.symptoms,
          occurredAt: request.occurredAt ? new Date(request.occurredAt) : null,
          stepsToReproduce: request.stepsToReproduce ?? null,
          category: request.category,
          priority: treated.priority,
          complainant: treated.complainant,
          status: 'new',
          siteId: site?.id ?? null,
          region: request.region ?? site?.region ?? null,
          entitlement: null,
          serviceMode: null,
          workOrderId: null,
          resolution: null,
          assigneeId: null,
          assigneeName: null,
          difficulty: null,
          branchCode: null,
          assignedAt: null,
          createdAt: now,
          respondedAt: null,
          diagnosedAt: null,
          resolvedAt: null,
          closedAt: null,
          updatedAt: now,
          version: 1,
        });
        await m.getRepository(CaseEntity).insert(entity);
        // The case's SLA clocks start with it, in the same transaction (R-SLA-1..3).
        await this.sla.startClocks(m, { caseId: entity.id, priority: entity.priority, channel: entity.channel, openedAt: now, timeZone: site?.timeZone ?? null });
        await this.cases.log(m, entity.id, {
          actor: `user:${user.sub}`,
          kind: 'case-opened',
          visibility: 'public',
          detail: { channel: entity.channel, priority: entity.priority, category: entity.category, ...(entity.complainant ? { complainant: entity.complainant } : {}) },
          at: now,
        });
        await this.outbox.append(m, CaseOpenedV1, {
          aggregateId: entity.id,
          sequence: entity.version,
          data: caseOpenedData(entity),
        });
        return { status: 201, body: toCaseView(entity) };
      }),
    );
  }
}

/** A customer opens cases for themselves only: the customer comes from the token (R-IN-8); staff name the customer. */
function customerOf(request: OpenCaseRequest, user: AuthUser): string {
  if (user.roles.includes('customer')) {
    if (!user.customerId || !z.uuid().safeParse(user.customerId).success) {
      throw invalidCustomerToken();
    }
    if (request.customerId && request.customerId !== user.customerId) {
      throw foreignCustomer('open');
    }
    return user.customerId;
  }
  if (!request.customerId) throw customerRequired();
  return request.customerId;
}

/** The customer's site named on the case: another customer's (or no such) site is refused (R-IN-8). */
async function siteOf(m: EntityManager, siteId: string, customerId: string): Promise<{ id: string; region: string | null; timeZone: string }> {
  const [site] = await m.query(`SELECT id, region, time_zone FROM customer_sites WHERE id = $1 AND customer_id = $2`, [siteId, customerId]);
  if (!site) throw siteUnknown(siteId, customerId);
  return { id: site.id, region: site.region, timeZone: site.time_zone };
}
