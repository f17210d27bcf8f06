import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { InvalidSubjectPatternError, checkSubjectPattern, withinScope } from '../../../integrators/domain/subject-scope';
import { IntegratorRepository } from '../../../integrators/infrastructure/integrator.repository';
import { integratorIdOf } from '../../infrastructure/endpoint-access';
import { WebhookRepository } from '../../infrastructure/webhook.repository';
import { newEndpointSecret } from '../../infrastructure/webhook-sender';
import { CreatedEndpointView, toEndpointView } from '../../webhook.view';
import { filterOutsideScope, integratorNotActive, invalidSubjectFilter, notAnIntegrator } from '../../webhook.errors';
import { CreateEndpointRequest } from './create-endpoint.request';

/** R-IG-4: an integrator registers an endpoint; each filter must lie within the subjects its token names (R-IG-3). */
@Injectable()
export class CreateEndpointCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly webhooks: WebhookRepository,
    private readonly integrators: IntegratorRepository,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
  ) {}

  async execute(request: CreateEndpointRequest, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<CreatedEndpointView>> {
    const integratorId = integratorIdOf(user);
    if (!integratorId) throw notAnIntegrator();
    for (const filter of request.subjects) {
      try {
        checkSubjectPattern(filter);
      } catch (error) {
        if (error instanceof InvalidSubjectPatternError) throw invalidSubjectFilter(error.message);
        throw error;
      }
      if (!withinScope(user.subjects ?? [], filter)) throw filterOutsideScope(filter);
    }
    const integrator = await this.integrators.byId(integratorId);
    if (!integrator || integrator.status !== 'active') throw integratorNotActive();
    return this.dataSource.transaction((m) =>
      this.idempotency.execute(m, { key: idempotencyKey, scope: `create-webhook-endpoint:${user.sub}`, request }, async () => {
        const endpoint = await this.webhooks.createEndpoint(m, {
          integratorId,
          url: request.url,
          subjects: [...new Set(request.subjects)],
          ordered: request.ordered,
          secret: newEndpointSecret(),
          now: this.clock.now(),
        });
        return { status: 201, body: { ...toEndpointView(endpoint), secret: endpoint.secret } };
      }),
    );
  }
}
