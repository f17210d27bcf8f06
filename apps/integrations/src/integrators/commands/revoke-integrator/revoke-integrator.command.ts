import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IntegratorRevokedV1 } from '@aftersales/contracts-integrations';
import { OutboxService } from '@aftersales/platform-messaging';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { IntegratorAlreadyRevokedError, revoke } from '../../domain/integrator-lifecycle';
import { IntegratorView, toIntegratorView } from '../../integrator.view';
import { integratorAlreadyRevoked, integratorNotFound } from '../../integrator.errors';
import { IntegratorRepository } from '../../infrastructure/integrator.repository';
import { integratorRevokedData } from '../../integration/integrator-revoked.mapping';

/**
 * R-IG-2: an admin revokes an integrator; its secret gets no token from now on. Tokens already issued run out
 * within INTEGRATOR_TOKEN_TTL_SECONDS, which is why that lifetime is short.
 */
@Injectable()
export class RevokeIntegratorCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly integrators: IntegratorRepository,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  execute(id: string, user: AuthUser): Promise<IntegratorView> {
    return this.dataSource.transaction(async (m) => {
      const integrator = await this.integrators.forUpdate(m, id);
      if (!integrator) throw integratorNotFound(id);
      try {
        integrator.status = revoke(integrator.status);
      } catch (error) {
        if (error instanceof IntegratorAlreadyRevokedError) throw integratorAlreadyRevoked(id);
        throw error;
      }
      const revokedBy = `user:${user.sub}`;
      const revokedAt = this.clock.now();
      integrator.revokedBy = revokedBy;
      integrator.revokedAt = revokedAt;
      integrator.version += 1;
      await this.integrators.save(m, integrator);
      await this.outbox.append(m, IntegratorRevokedV1, { aggregateId: integrator.id, sequence: integrator.version, data: integratorRevokedData({ ...integrator, revokedBy, revokedAt }) });
      return toIntegratorView(integrator);
    });
  }
}
