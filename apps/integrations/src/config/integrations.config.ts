import { z } from 'zod';
import { AppConfig } from '@aftersales/platform-service-defaults';

/** The integrations service's own variables (.env.example), validated at start with the platform's. */
export const integrationsConfigSchema = z.object({
  INTEGRATOR_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900).describe('R-IG-3: lifetime of the token an integrator gets for its client credentials'),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(15_000).describe('R-IG-5: how long one webhook attempt waits for an answer'),
});

export function webhookTimeoutMs(config: AppConfig): number {
  return config.get<number>('WEBHOOK_TIMEOUT_MS');
}

export interface TokenSettings {
  ttlSeconds: number;
  /** The platform's HS256 secret; undefined when the services verify an identity provider's JWKS instead. */
  secret: string | undefined;
  issuer: string;
  audience: string;
  maxLifetimeSeconds: number;
}

export function tokenSettings(config: AppConfig): TokenSettings {
  return {
    ttlSeconds: config.get<number>('INTEGRATOR_TOKEN_TTL_SECONDS'),
    secret: config.get<string | undefined>('AUTH_JWT_SECRET'),
    issuer: config.get<string>('AUTH_ISSUER'),
    audience: config.get<string>('AUTH_AUDIENCE'),
    maxLifetimeSeconds: config.get<number>('AUTH_MAX_TOKEN_LIFETIME_SECONDS'),
  };
}
