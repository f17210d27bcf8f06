import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IntegratorRegisteredV1 } from '@aftersales/contracts-integrations';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { InvalidSubjectPatternError, checkSubjectPattern } from '../../domain/subject-scope';
import { IntegratorView, RegisteredIntegratorView, toIntegratorView } from '../../integrator.view';
import { invalidSubjectPattern } from '../../integrator.errors';
import { hashSecret, newClientId, newClientSecret } from '../../infrastructure/client-credentials';
import { IntegratorRepository } from '../../infrastructure/integrator.repository';
import { integratorRegisteredData } from '../../integration/integrator-registered.mapping';
import { RegisterIntegratorRequest } from './register-integrator.request';

/** R-IG-1: an admin registers an integrator; the secret is in this answer only and is stored as a hash. */
@Injectable()
export class RegisterIntegratorCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly integrators: IntegratorRepository,
    private readonly outbox: OutboxService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
  ) {}

  async execute(request: RegisterIntegratorRequest, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<RegisteredIntegratorView>> {
    for (const pattern of request.subjects) {
      try {
        checkSubjectPattern(pattern);
      } catch (error) {
        if (error instanceof InvalidSubjectPatternError) throw invalidSubjectPattern(error.message);
        throw error;
      }
    }
    const secret = newClientSecret();
    // The stored idempotent answer holds no secret: a retry gets the integrator without it.
    const result = await this.dataSource.transaction((m) =>
      this.idempotency.execute<IntegratorView>(m, { key: idempotencyKey, scope: `register-integrator:${user.sub}`, request }, async () => {
        const integrator = await this.integrators.register(m, {
          name: request.name,
          clientId: newClientId(),
          secretHash: hashSecret(secret),
          subjects: [...new Set(request.subjects)],
          actor: `user:${user.sub}`,
          now: this.clock.now(),
        });
        await this.outbox.append(m, IntegratorRegisteredV1, { aggregateId: integrator.id, sequence: integrator.version, data: integratorRegisteredData(integrator) });
        return { status: 201, body: toIntegratorView(integrator) };
      }),
    );
    return result.replayed ? result : { ...result, body: { ...result.body, clientSecret: secret } };
  }
}
