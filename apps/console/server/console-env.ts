/** The console server's settings from the environment (.env.example, "console"), checked once at start. */
import { z } from 'zod';
import type { ConsoleServerOptions } from './console-server';

const flag = z.enum(['true', 'false']).default('false').transform((v) => v === 'true');

const consoleEnv = z.object({
  CONSOLE_PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  CONSOLE_DEV_SIGN_IN: flag,
  CONSOLE_OIDC_CLIENT_ID: z.string().trim().optional(),
  CONSOLE_OIDC_SCOPE: z.string().trim().min(1).default('openid profile'),
  AUTH_JWT_SECRET: z.string().optional(),
  AUTH_ISSUER: z.string().min(1).default('aftersales'),
  AUTH_AUDIENCE: z.string().min(1).default('aftersales-api'),
  AUTH_MAX_TOKEN_LIFETIME_SECONDS: z.coerce.number().int().positive().optional(),
});

/** Port offset aside, what the console server is told by the environment; throws naming every bad variable. */
export function consoleOptionsFromEnv(
  env: Record<string, string | undefined>,
  rest: Pick<ConsoleServerOptions, 'services' | 'staticDir'> & { portOffset?: number },
): ConsoleServerOptions {
  const parsed = consoleEnv.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    throw new Error(`console settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const e = parsed.data;
  if (e.CONSOLE_DEV_SIGN_IN && !e.AUTH_JWT_SECRET) throw new Error('CONSOLE_DEV_SIGN_IN=true needs AUTH_JWT_SECRET: the development tokens are signed with it');
  return {
    port: e.CONSOLE_PORT + (rest.portOffset ?? 0),
    services: rest.services,
    staticDir: rest.staticDir,
    devSignIn: e.CONSOLE_DEV_SIGN_IN
      ? { secret: e.AUTH_JWT_SECRET as string, issuer: e.AUTH_ISSUER, audience: e.AUTH_AUDIENCE, maxLifetimeSeconds: e.AUTH_MAX_TOKEN_LIFETIME_SECONDS }
      : undefined,
    // AUTH_ISSUER names the provider only when it is a URL; the development issuer "aftersales" is not one.
    oidc: e.CONSOLE_OIDC_CLIENT_ID && /^https?:\/\//.test(e.AUTH_ISSUER) ? { authority: e.AUTH_ISSUER, clientId: e.CONSOLE_OIDC_CLIENT_ID, scope: e.CONSOLE_OIDC_SCOPE } : undefined,
  };
}
