import { Injectable } from '@nestjs/common';
import { signDevToken } from '@aftersales/platform-auth';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { tokenSettings } from '../../../config/integrations.config';
import { mayGetToken } from '../../domain/integrator-lifecycle';
import { TokenView } from '../../integrator.view';
import { invalidClientCredentials, tokenSigningUnavailable } from '../../integrator.errors';
import { secretMatches } from '../../infrastructure/client-credentials';
import { IntegratorRepository } from '../../infrastructure/integrator.repository';
import { IssueTokenRequest } from './issue-token.request';

/**
 * R-IG-3: an active integrator's client id and secret buy a short-lived token with the role `integrator` and the
 * `subjects` claim, signed with the platform's key so every service verifies it as it verifies any other token.
 * The token's clock is the system's, never a test or sandbox clock: the verifiers check `exp` against it.
 */
@Injectable()
export class IssueTokenCommand {
  constructor(
    private readonly integrators: IntegratorRepository,
    private readonly config: AppConfig,
  ) {}

  async execute(request: IssueTokenRequest): Promise<TokenView> {
    const settings = tokenSettings(this.config);
    if (!settings.secret) throw tokenSigningUnavailable();
    const integrator = await this.integrators.byClientId(request.client_id);
    // R-IG-2: unknown, wrong and revoked all get the same answer.
    if (!integrator || !secretMatches(request.client_secret, integrator.secretHash) || !mayGetToken(integrator.status)) throw invalidClientCredentials();
    const ttl = Math.min(settings.ttlSeconds, settings.maxLifetimeSeconds);
    const token = await signDevToken({
      role: 'integrator',
      sub: `integrator:${integrator.id}`,
      name: integrator.name,
      subjects: integrator.subjects,
      secret: settings.secret,
      issuer: settings.issuer,
      audience: settings.audience,
      expiresIn: `${ttl}s`,
      maxLifetimeSeconds: settings.maxLifetimeSeconds,
    });
    return { access_token: token, token_type: 'Bearer', expires_in: ttl, scope: integrator.subjects.join(' ') };
  }
}
