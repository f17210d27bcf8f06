import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { customerNotePublic } from '../../case.errors';
import { CaseActivityView, toActivityView } from '../../case.view';
import { CaseRepository } from '../../infrastructure/case.repository';
import { Clock } from '../../infrastructure/clock';
import { AddNoteRequest } from './add-note.request';

/**
 * Notes in the activity log: staff write internal (staff only) or public notes; a customer adds notes to their own
 * case (R-IN-6), which are public. No event: notes may hold what only the case's people may read (R-IN-8).
 */
@Injectable()
export class AddNoteCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
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
        await m.save(c);
        const kind = customer ? 'customer-note' : `${visibility}-note`;
        const entry = await this.cases.log(m, c.id, { actor: `user:${user.sub}`, kind, visibility, detail: { text: request.text }, at });
        return { status: 201, body: toActivityView(entry) };
      });
    });
  }
}
