/**
 * Production sign-in: OpenID Connect authorization code with PKCE (oidc-client-ts) against the provider AUTH_ISSUER
 * names. Loaded only when the deployment configures it, so the development bundle does not carry it.
 */
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { ConsoleConfig } from './config';

export const CALLBACK_PATH = '/auth/callback';

function manager(oidc: NonNullable<ConsoleConfig['oidc']>): UserManager {
  return new UserManager({
    authority: oidc.authority,
    client_id: oidc.clientId,
    redirect_uri: `${window.location.origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${window.location.origin}/`,
    response_type: 'code',
    scope: oidc.scope,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** Sends the browser to the provider; PKCE's verifier waits in sessionStorage for the callback. */
export function signInWithProvider(oidc: NonNullable<ConsoleConfig['oidc']>): Promise<void> {
  return manager(oidc).signinRedirect();
}

/** On /auth/callback: trades the code (and verifier) for tokens; the access token is what the services verify. */
export async function completeProviderSignIn(oidc: NonNullable<ConsoleConfig['oidc']>): Promise<string> {
  const user = await manager(oidc).signinRedirectCallback();
  return user.access_token;
}
