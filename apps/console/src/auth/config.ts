/** GET /config.json: which sign-in methods this deployment offers (the console server, or a ConfigMap in Kubernetes). */
export interface ConsoleConfig {
  devSignIn: boolean;
  oidc: { authority: string; clientId: string; scope: string } | null;
}

export async function loadConfig(): Promise<ConsoleConfig> {
  const res = await fetch('/config.json', { headers: { accept: 'application/json' } });
  if (!res.ok) return { devSignIn: false, oidc: null };
  const body = (await res.json()) as Partial<ConsoleConfig>;
  return { devSignIn: body.devSignIn === true, oidc: body.oidc ?? null };
}

export interface DevPerson {
  id: string;
  name: string;
  roles: string[];
}

export async function devPeople(): Promise<DevPerson[]> {
  const res = await fetch('/auth/dev/people');
  if (!res.ok) throw new Error(`GET /auth/dev/people answered ${res.status}`);
  return (await res.json()) as DevPerson[];
}

export async function devToken(person: string): Promise<string> {
  const res = await fetch('/auth/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ person }) });
  if (!res.ok) throw new Error(`POST /auth/dev/token answered ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}
