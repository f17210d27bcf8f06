import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ComplaintStepRecordedV1 } from '@aftersales/contracts-complaints';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { complaintClosed, ruled } from '../../complaint.errors';
import { ComplaintDetailView } from '../../complaint.view';
import { recordProcedureStep } from '../../domain/complaint-procedure';
import { ComplaintRepository } from '../../infrastructure/complaint.repository';
import { complaintStepRecordedData } from '../../integration/complaint-step-recorded.mapping';
import { ComplaintChanges, actorOf } from '../complaint-changes';
import { ComplaintCommandRunner } from '../complaint-command';
import { RecordStepRequest } from './record-step.request';

/** R-CP-2: records the next step of the procedure, done or skipped with why; out of order is refused. */
@Injectable()
export class RecordStepCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly runner: ComplaintCommandRunner,
    private readonly complaints: ComplaintRepository,
    private readonly changes: ComplaintChanges,
    private readonly idempotency: IdempotencyService,
  ) {}

  execute(id: string, request: RecordStepRequest, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<ComplaintDetailView>> {
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key: idempotencyKey, scope: `complaint-step:${user.sub}:${id}`, request }, async () => {
        const body = await this.runner.runIn(m, id, user, async (tx, c, now) => {
          if (c.status === 'closed') throw complaintClosed(c.id);
          const recorded = (await this.complaints.stepsOf(tx, c.id)).filter((s) => s.outcome !== null).map((s) => ({ step: s.kind as RecordStepRequest['step'], outcome: s.outcome as 'done' | 'skipped' }));
          const step = ruled(() => recordProcedureStep(recorded, request.step, request.skippedBecause ?? null));
          const [entry] = await this.changes.journal(tx, c, [
            { actor: actorOf(user), kind: step.step, outcome: step.outcome, skippedBecause: request.skippedBecause ?? null, note: request.note, at: now },
          ]);
          await this.changes.publish(tx, c, ComplaintStepRecordedV1, complaintStepRecordedData(c, entry));
        });
        return { status: 201, body };
      }),
    );
  }
}
