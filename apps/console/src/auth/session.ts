/**
 * The signed-in session: the bearer token the API clients send, kept in sessionStorage (one tab's sign-in, gone when
 * the tab closes). A development token comes from the console server (POST /auth/dev/token); a production one from
 * the identity provider by OIDC (auth/oidc.ts).
 */
import { SignedInUser, readToken } from './token';

const KEY = 'aftersales.session';

export interface Session {
  token: string;
  user: SignedInUser;
  method: 'dev' | 'oidc';
}

type Listener = (session: Session | undefined) => void;
const listeners = new Set<Listener>();

export function currentSession(now = Date.now()): Session | undefined {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return undefined;
  try {
    const session = JSON.parse(raw) as Session;
    if (session.user.expiresAt * 1000 <= now) return undefined;
    return session;
  } catch {
    return undefined;
  }
}

export function startSession(token: string, method: Session['method']): Session {
  const user = readToken(token);
  if (!user) throw new Error('The sign-in returned no usable token');
  const session = { token, user, method };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  listeners.forEach((l) => l(session));
  return session;
}

export function endSession(): void {
  sessionStorage.removeItem(KEY);
  listeners.forEach((l) => l(undefined));
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
