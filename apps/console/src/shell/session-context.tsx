import { createContext, ReactNode, useContext, useEffect, useState } from 'react';
import { Session, currentSession, onSessionChange } from '../auth/session';
import type { ConsoleConfig } from '../auth/config';

const SessionContext = createContext<Session | undefined>(undefined);
const ConfigContext = createContext<ConsoleConfig>({ devSignIn: false, oidc: null });

export function SessionProvider({ config, children }: { config: ConsoleConfig; children: ReactNode }) {
  const [session, setSession] = useState<Session | undefined>(() => currentSession());
  useEffect(() => onSessionChange(setSession), []);
  // The token expires while the page is open: end the session then, rather than fail every request.
  useEffect(() => {
    if (!session) return;
    const ms = session.user.expiresAt * 1000 - Date.now();
    const timer = setTimeout(() => setSession(currentSession()), Math.max(0, Math.min(ms, 2 ** 31 - 1)));
    return () => clearTimeout(timer);
  }, [session]);
  return (
    <ConfigContext.Provider value={config}>
      <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
    </ConfigContext.Provider>
  );
}

export const useSession = () => useContext(SessionContext);
export const useConsoleConfig = () => useContext(ConfigContext);

/** The signed-in person; only used under RequireSession. */
export function useUser() {
  const session = useSession();
  if (!session) throw new Error('useUser outside a signed-in page');
  return session.user;
}
