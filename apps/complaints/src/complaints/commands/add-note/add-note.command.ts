import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { complaintClosed } from '../../complaint.errors';
import { ComplaintDetailView } from '../../complaint.view';
import { ComplaintChanges, actorOf } from '../complaint-changes';
import { ComplaintCommandRunner } from '../complaint-command';
import { AddNoteRequest } from './add-note.request';

/** A staff note on a complaint: internal, so no event (integrators and the customer never see it, R-IN-8). */
@Injectable()
export class AddNoteCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly runner: ComplaintCommandRunner,
    private readonly changes: ComplaintChanges,
    private readonly idempotency: IdempotencyService,
  ) {}

  execute(id: string, request: AddNoteRequest, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<ComplaintDetailView>> {
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key: idempotencyKey, scope: `complaint-note:${user.sub}:${id}`, request }, async () => {
        const body = await this.runner.runIn(m, id, user, async (tx, c, now) => {
          if (c.status === 'closed') throw complaintClosed(c.id);
          await this.changes.journal(tx, c, [{ actor: actorOf(user), kind: 'note', visibility: 'internal', note: request.note, at: now }]);
        });
        return { status: 201, body };
      }),
    );
  }
}
