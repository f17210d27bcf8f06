import { JWTPayload, SignJWT, createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { AuthUser, Role, isRole } from './roles';

export interface AuthOptions {
  hs256Secret?: string;
  jwksUrl?: string;
  issuer: string;
  audience: string;
  /** Longest accepted lifetime: exp - iat, and exp - now (AUTH_MAX_TOKEN_LIFETIME_SECONDS). */
  maxLifetimeSeconds?: number;
}

/** 12 hours: one working day, the default of AUTH_MAX_TOKEN_LIFETIME_SECONDS and of `npm run token`. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 43_200;
/** Clocks of the identity provider and of our hosts drift a little: a token may become valid this much early. */
export const CLOCK_TOLERANCE_SECONDS = 30;

/** Why a token was refused. The reason is for the log (debug), never for the caller (issue #8). */
export class InvalidTokenError extends Error {}

/** Verifies a bearer JWT (HS256 secret or a JWKS endpoint) and maps its claims to an AuthUser. */
export function createTokenVerifier(options: AuthOptions): (token: string) => Promise<AuthUser> {
  const { hs256Secret, jwksUrl } = options;
  if (!hs256Secret === !jwksUrl) throw new Error('Configure exactly one of an HS256 secret or a JWKS URL');
  const key = hs256Secret ? new TextEncoder().encode(hs256Secret) : createRemoteJWKSet(new URL(jwksUrl as string));
  const maxLifetime = options.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: options.hs256Secret ? ['HS256'] : undefined,
        // A token that never expires is a credential for ever: exp is required.
        requiredClaims: ['exp'],
        // The tolerance is for nbf (and iat) only: exp is checked strictly below.
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }));
    } catch (error) {
      throw new InvalidTokenError((error as Error).message);
    }
    checkLifetime(payload as JWTPayload & { exp: number }, maxLifetime);
    const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
    if (!payload.sub || roles.length === 0) throw new InvalidTokenError('token has no subject or no known role');
    const customerId = typeof payload.customer_id === 'string' ? payload.customer_id : undefined;
    if (roles.includes('customer') && !customerId) throw new InvalidTokenError('a customer token needs customer_id');
    const branch = typeof payload.branch === 'string' && payload.branch.length > 0 ? payload.branch : undefined;
    const subjects = Array.isArray(payload.subjects) ? payload.subjects.filter((s): s is string => typeof s === 'string') : undefined;
    return {
      sub: payload.sub,
      roles,
      customerId,
      name: typeof payload.name === 'string' ? payload.name : undefined,
      ...(branch ? { branch } : {}),
      ...(subjects ? { subjects } : {}),
    };
  };
}

function checkLifetime(payload: JWTPayload & { exp: number }, maxLifetime: number): void {
  const now = Math.floor(Date.now() / 1000);
  if (payload.exp <= now) throw new InvalidTokenError('"exp" claim timestamp check failed');
  if (payload.iat !== undefined && payload.iat > now + CLOCK_TOLERANCE_SECONDS) throw new InvalidTokenError('"iat" claim is in the future');
  // exp - now too: a token whose iat is missing (or says "just now") cannot stretch its lifetime.
  const lifetime = Math.max(payload.exp - (payload.iat ?? now), payload.exp - now);
  if (lifetime > maxLifetime) throw new InvalidTokenError(`lifetime of ${lifetime} s is above the maximum of ${maxLifetime} s`);
}

/**
 * A development or test token (`npm run token`). Production tokens come from the identity provider, except an
 * integrator's: the integrations service signs those (client credentials exchanged for a short-lived token).
 */
export async function signDevToken(input: {
  role: Role | Role[];
  sub?: string;
  customerId?: string;
  name?: string;
  /** Staff: the branch they work in (R-IN-8). */
  branch?: string;
  /** An integrator's readable subject patterns (the `subjects` claim). */
  subjects?: string[];
  secret: string;
  issuer: string;
  audience: string;
  expiresIn?: string;
  /** Refuses to sign a token the services would refuse as too long-lived. */
  maxLifetimeSeconds?: number;
}): Promise<string> {
  const roles = Array.isArray(input.role) ? input.role : [input.role];
  const issuedAt = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({
    roles,
    ...(input.customerId ? { customer_id: input.customerId } : {}),
    ...(input.name ? { name: input.name } : {}),
    ...(input.branch ? { branch: input.branch } : {}),
    ...(input.subjects ? { subjects: input.subjects } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(input.sub ?? `${roles[0]}-dev`)
    .setIssuer(input.issuer)
    .setAudience(input.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(input.expiresIn ?? '12h')
    .sign(new TextEncoder().encode(input.secret));
  const { exp } = decodeJwt(token);
  const maxLifetime = input.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  if (exp !== undefined && exp - issuedAt > maxLifetime) {
    throw new RangeError(`A token may live at most ${maxLifetime} s (AUTH_MAX_TOKEN_LIFETIME_SECONDS); ${input.expiresIn} is ${exp - issuedAt} s`);
  }
  return token;
}
