import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { SlaPort } from '../../../sla/integration/sla.port';
import { customerNotePublic } from '../../case.errors';
import { CaseActivityView, toActivityView } from '../../case.view';
import { CaseRepository } from '../../infrastructure/case.repository';
import { Clock } from '../../infrastructure/clock';
import { AddNoteRequest } from './add-note.request';

/**
 * Notes in the activity log: staff write internal (staff only) or public notes; a customer adds notes to their own
 * case (R-IN-6), which are public. No event: notes may hold what only the case's people may read (R-IN-8).
 * A public note by staff is a reply to the customer: it meets the response clock (R-SLA-1, milestone `replied`).
 */
@Injectable()
export class AddNoteCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
    private readonly sla: SlaPort,
  ) {}

  execute(caseId: string, request: AddNoteRequest, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<CaseActivityView>> {
    return this.dataSource.transaction(async (m) => {
      const c = await this.cases.lockFor(m, caseId, user);
      const customer = user.roles.includes('customer');
      if (customer && request.visibility === 'internal') {
        throw customerNotePublic();
      }
      return this.idempotency.execute(m, { key: idempotencyKey, scope: `add-note:${user.sub}:${caseId}`, request }, async () => {
        const visibility = customer ? 'public' : (request.visibility ?? 'internal');
        const at = this.clock.now();
        c.updatedAt = at;
        const reply = !customer && visibility === 'public';
        if (reply) c.respondedAt ??= at;
        await m.save(c);
        if (reply) await this.sla.within(m, c.id, (clocks) => clocks.milestone('replied', at));
        const kind = customer ? 'customer-note' : `${visibility}-note`;
        const entry = await this.cases.log(m, c.id, { actor: `user:${user.sub}`, kind, visibility, detail: { text: request.text }, at });
        return { status: 201, body: toActivityView(entry) };
      });
    });
  }
}
