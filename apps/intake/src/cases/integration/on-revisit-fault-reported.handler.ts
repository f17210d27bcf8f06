import { Injectable } from '@nestjs/common';
import { EventEnvelope } from '@aftersales/contracts-core';
import { RevisitFaultReportedV1, RevisitFaultReportedV1Data } from '@aftersales/contracts-surveys';
import { EventContext, OnEvent, PermanentError } from '@aftersales/platform-messaging';
import { OpenCaseCommand } from '../commands/open-case/open-case.command';
import { openCaseSchema } from '../commands/open-case/open-case.request';
import { CaseEntity } from '../infrastructure/case.entity';
import { CaseRepository } from '../infrastructure/case.repository';

const FAULT_CATEGORIES = ['fault-hardware', 'fault-software', 'fault-network'];

/**
 * R-SV-2, R-SV-3: a fault found on a revisit (回访) opens a new case, once per reported fault, with the unit and
 * contact of the case the revisit followed when there was one; its symptoms and first log entry name the revisit.
 */
@Injectable()
export class OnRevisitFaultReportedHandler {
  constructor(
    private readonly openCase: OpenCaseCommand,
    private readonly cases: CaseRepository,
  ) {}

  @OnEvent(RevisitFaultReportedV1, { name: 'open-case-on-revisit-fault' })
  async handle(event: EventEnvelope<RevisitFaultReportedV1Data>, ctx: EventContext): Promise<void> {
    const d = event.data;
    const m = ctx.manager;
    const earlier = d.caseId ? await m.getRepository(CaseEntity).findOneBy({ id: d.caseId }) : null;
    const productModel = d.productModel ?? earlier?.productModel;
    const serialNumber = d.serialNumber ?? earlier?.serialNumber;
    if (!productModel || !serialNumber) throw new PermanentError(`revisit ${d.revisitId} reports a fault on an unknown unit`);
    const [customer]: { name: string; phone: string | null; email: string | null }[] = await m.query(
      `SELECT coalesce(ct.name, c.name) AS name, ct.phone, ct.email FROM customers c LEFT JOIN LATERAL (SELECT name, phone, email FROM customer_contacts WHERE customer_id = c.id ORDER BY created_at LIMIT 1) ct ON true WHERE c.id = $1`,
      [d.customerId],
    );
    if (!customer) throw new PermanentError(`revisit ${d.revisitId} reports a fault for unknown customer ${d.customerId}`);
    const contact = earlier?.contact ?? { name: customer.name, ...(customer.phone ? { phone: customer.phone } : {}), ...(customer.email ? { email: customer.email } : {}) };
    const request = openCaseSchema.parse({
      channel: 'hotline',
      customerId: d.customerId,
      contact,
      productModel,
      serialNumber,
      symptoms: `${d.description} (found on revisit ${d.revisitId}${d.caseId ? ` after case ${earlier?.caseNumber ?? d.caseId}` : ''})`,
      category: earlier && FAULT_CATEGORIES.includes(earlier.category) ? earlier.category : 'fault-hardware',
      priority: 'P3',
    });
    // The fault's id is the idempotency key: the same report delivered again opens no second case.
    const opened = await this.openCase.execute(request, { sub: 'system-surveys', roles: ['agent'], name: 'surveys' }, `revisit-fault:${d.faultId}`, m);
    if (!opened.replayed) {
      await this.cases.log(m, opened.body.id, { actor: 'system:surveys', kind: 'opened-from-revisit', visibility: 'internal', detail: { revisitId: d.revisitId, faultId: d.faultId, earlierCaseId: d.caseId }, at: new Date(opened.body.createdAt) });
    }
  }
}
