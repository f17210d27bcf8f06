/** What the console reads from a bearer token: the services verify it, the console only shows who is signed in. */
export const ROLES = ['customer', 'agent', 'engineer', 'expert', 'manager', 'rma-admin', 'complaint-officer', 'integrator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface SignedInUser {
  sub: string;
  name?: string;
  roles: Role[];
  customerId?: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

function base64UrlDecode(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The claims the services map to a user (libs/platform/auth, tokens.ts); undefined for what is not a JWT. */
export function readToken(token: string): SignedInUser | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const claims = JSON.parse(base64UrlDecode(parts[1])) as Record<string, unknown>;
    const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r as string)) : [];
    if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number') return undefined;
    return {
      sub: claims.sub,
      name: typeof claims.name === 'string' ? claims.name : undefined,
      roles,
      customerId: typeof claims.customer_id === 'string' ? claims.customer_id : undefined,
      expiresAt: claims.exp,
    };
  } catch {
    return undefined;
  }
}

/** The area a person lands in: the first of their roles that has one. */
export type Area = 'agent' | 'engineer' | 'manager' | 'portal';
export function homeArea(roles: readonly Role[]): Area {
  if (roles.includes('manager')) return 'manager';
  if (roles.includes('agent') || roles.includes('expert') || roles.includes('admin')) return 'agent';
  if (roles.includes('engineer')) return 'engineer';
  return 'portal';
}

export function areasOf(roles: readonly Role[]): Area[] {
  const areas: Area[] = [];
  if (roles.some((r) => r === 'agent' || r === 'expert' || r === 'manager' || r === 'admin')) areas.push('agent');
  if (roles.includes('engineer')) areas.push('engineer');
  if (roles.includes('manager') || roles.includes('admin')) areas.push('manager');
  if (roles.includes('customer')) areas.push('portal');
  return areas;
}
