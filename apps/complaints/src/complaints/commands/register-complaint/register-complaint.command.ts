import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { ComplaintDetailView, toComplaintDetailView } from '../../complaint.view';
import { actorOf } from '../complaint-changes';
import { ComplaintRegistrar } from './complaint-registrar';
import { RegisterComplaintRequest } from './register-complaint.request';

/** R-CP-1..4: staff register a complaint taken by phone, letter, in person, online or email. */
@Injectable()
export class RegisterComplaintCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrar: ComplaintRegistrar,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
  ) {}

  execute(request: RegisterComplaintRequest, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<ComplaintDetailView>> {
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key: idempotencyKey, scope: `register-complaint:${user.sub}`, request }, async () => {
        const now = this.clock.now();
        const { complaint, steps } = await this.registrar.register(
          m,
          {
            ...request,
            contact: request.contact ? { name: request.contact.name, phone: request.contact.phone ?? null, email: request.contact.email ?? null } : null,
            officerId: request.officerId ?? (user.roles.includes('complaint-officer') ? user.sub : null),
            actor: actorOf(user),
          },
          now,
        );
        return { status: 201, body: toComplaintDetailView(complaint, steps, [], user, now) };
      }),
    );
  }
}
