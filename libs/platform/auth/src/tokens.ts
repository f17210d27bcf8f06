import { JWTPayload, SignJWT, createRemoteJWKSet, jwtVerify } from 'jose';
import { AuthUser, Role, isRole } from './roles';

export interface AuthOptions {
  hs256Secret?: string;
  jwksUrl?: string;
  issuer: string;
  audience: string;
}

export class InvalidTokenError extends Error {}

/** Verifies a bearer JWT (HS256 secret or a JWKS endpoint) and maps its claims to an AuthUser. */
export function createTokenVerifier(options: AuthOptions): (token: string) => Promise<AuthUser> {
  const { hs256Secret, jwksUrl } = options;
  if (!hs256Secret === !jwksUrl) throw new Error('Configure exactly one of an HS256 secret or a JWKS URL');
  const key = hs256Secret ? new TextEncoder().encode(hs256Secret) : createRemoteJWKSet(new URL(jwksUrl as string));
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Parameters<typeof jwtVerify>[1], {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: options.hs256Secret ? ['HS256'] : undefined,
      }));
    } catch (error) {
      throw new InvalidTokenError((error as Error).message);
    }
    const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
    if (!payload.sub || roles.length === 0) throw new InvalidTokenError('token has no subject or no known role');
    const customerId = typeof payload.customer_id === 'string' ? payload.customer_id : undefined;
    if (roles.includes('customer') && !customerId) throw new InvalidTokenError('a customer token needs customer_id');
    return { sub: payload.sub, roles, customerId, name: typeof payload.name === 'string' ? payload.name : undefined };
  };
}

/** A development or test token (`npm run token`). Production tokens come from the identity provider. */
export async function signDevToken(input: {
  role: Role | Role[];
  sub?: string;
  customerId?: string;
  name?: string;
  secret: string;
  issuer: string;
  audience: string;
  expiresIn?: string;
}): Promise<string> {
  const roles = Array.isArray(input.role) ? input.role : [input.role];
  return new SignJWT({ roles, ...(input.customerId ? { customer_id: input.customerId } : {}), ...(input.name ? { name: input.name } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(input.sub ?? `${roles[0]}-dev`)
    .setIssuer(input.issuer)
    .setAudience(input.audience)
    .setIssuedAt()
    .setExpirationTime(input.expiresIn ?? '12h')
    .sign(new TextEncoder().encode(input.secret));
}
