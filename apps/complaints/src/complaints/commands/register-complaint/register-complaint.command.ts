import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ComplaintOpenedV1 } from '@aftersales/contracts-complaints';
import { OutboxService } from '@aftersales/platform-messaging';
import { AppConfig, AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { complaintRules } from '../../../config/complaints.config';
import { ComplaintDetailView, toComplaintDetailView } from '../../complaint.view';
import { ComplaintRepository } from '../../infrastructure/complaint.repository';
import { complaintOpenedData } from '../../integration/complaint-opened.mapping';
import { RegisterComplaintRequest } from './register-complaint.request';

/** R-CP-1..4: staff register a complaint taken by phone, letter, in person or online; complaint.opened in the same transaction. */
@Injectable()
export class RegisterComplaintCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly complaints: ComplaintRepository,
    private readonly outbox: OutboxService,
    private readonly idempotency: IdempotencyService,
    private readonly config: AppConfig,
  ) {}

  execute(request: RegisterComplaintRequest, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<ComplaintDetailView>> {
    const { deadlineHours } = complaintRules(this.config);
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key: idempotencyKey, scope: `register-complaint:${user.sub}`, request }, async () => {
        const { complaint, steps } = await this.complaints.open(
          m,
          { customerId: request.customerId, caseIds: request.caseIds, source: request.source, summary: request.summary, actor: `user:${user.sub}` },
          { now: new Date(), deadlineHours },
        );
        await this.outbox.append(m, ComplaintOpenedV1, { aggregateId: complaint.id, sequence: complaint.version, data: complaintOpenedData(complaint) });
        return { status: 201, body: toComplaintDetailView(complaint, steps) };
      }),
    );
  }
}
