/**
 * The console's one origin (issue #20): the built single-page app, and `/api/<service>/` proxied to each service,
 * so the browser never meets CORS and every API path is the same as behind the Kubernetes Ingress. With the
 * development sign-in on (CONSOLE_DEV_SIGN_IN, never in production) it also signs development tokens for the
 * seeded people, exactly as `npm run token` does: the secret stays on this server, never in the browser.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import fastifyHttpProxy from '@fastify/http-proxy';
import fastifyStatic from '@fastify/static';
import Fastify, { FastifyInstance } from 'fastify';
import { signDevToken } from '@aftersales/platform-auth';
import { DEV_PEOPLE } from './dev-people';

export interface DevSignInOptions {
  secret: string;
  issuer: string;
  audience: string;
  /** The services refuse longer-lived tokens (AUTH_MAX_TOKEN_LIFETIME_SECONDS). */
  maxLifetimeSeconds?: number;
}

export interface OidcOptions {
  /** AUTH_ISSUER: the provider's issuer URL, where /.well-known/openid-configuration is found. */
  authority: string;
  clientId: string;
  scope: string;
}

export interface ConsoleServerOptions {
  port: number;
  host?: string;
  /** Each service's base URL (http://127.0.0.1:3001), proxied at /api/<service>/. */
  services: Record<string, string>;
  /** The built console (apps/console/dist). */
  staticDir: string;
  devSignIn?: DevSignInOptions;
  oidc?: OidcOptions;
}

/** What the page reads first (GET /config.json); in Kubernetes a ConfigMap serves the same file. */
export interface ConsoleConfig {
  devSignIn: boolean;
  oidc: OidcOptions | null;
}

export interface RunningConsoleServer {
  url: string;
  close(): Promise<void>;
}

/** Eight hours: a shift, below the services' 12-hour ceiling. */
const DEV_TOKEN_LIFETIME = '8h';

export async function buildConsoleServer(options: ConsoleServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  const config: ConsoleConfig = { devSignIn: Boolean(options.devSignIn), oidc: options.oidc ?? null };

  app.get('/config.json', async (_req, reply) => reply.header('cache-control', 'no-store').send(config));

  for (const [service, upstream] of Object.entries(options.services)) {
    await app.register(fastifyHttpProxy, { upstream, prefix: `/api/${service}`, rewritePrefix: '' });
  }

  const devSignIn = options.devSignIn;
  if (devSignIn) {
    app.get('/auth/dev/people', async () => DEV_PEOPLE.map(({ id, name, roles }) => ({ id, name, roles })));
    app.post<{ Body: { person?: unknown } }>('/auth/dev/token', async (req, reply) => {
      const person = DEV_PEOPLE.find((p) => p.id === req.body?.person);
      if (!person) {
        return reply
          .code(422)
          .type('application/problem+json')
          .send({ type: 'about:blank', title: 'Unknown person', status: 422, detail: `person must be one of ${DEV_PEOPLE.map((p) => p.id).join(', ')}` });
      }
      const accessToken = await signDevToken({
        role: person.roles,
        sub: person.sub,
        customerId: person.customerId,
        name: person.name,
        secret: devSignIn.secret,
        issuer: devSignIn.issuer,
        audience: devSignIn.audience,
        expiresIn: DEV_TOKEN_LIFETIME,
        maxLifetimeSeconds: devSignIn.maxLifetimeSeconds,
      });
      return reply.header('cache-control', 'no-store').send({ accessToken });
    });
  }

  const index = path.join(options.staticDir, 'index.html');
  if (existsSync(index)) {
    // Hashed file names under /assets may be kept for a year; index.html and config.json never.
    await app.register(fastifyStatic, {
      root: options.staticDir,
      wildcard: false,
      setHeaders: (res, file) => res.setHeader('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  }
  // Any other page is a route of the single-page app.
  app.setNotFoundHandler((req, reply) => {
    const wantsPage = req.method === 'GET' && !req.url.startsWith('/api/') && !req.url.startsWith('/auth/dev/');
    if (!wantsPage) return reply.code(404).type('application/problem+json').send({ type: 'about:blank', title: 'Not Found', status: 404 });
    if (!existsSync(index)) {
      return reply.code(503).type('text/plain').send('The console is not built yet: npm run console:build');
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return app;
}

export async function startConsoleServer(options: ConsoleServerOptions): Promise<RunningConsoleServer> {
  const app = await buildConsoleServer(options);
  const host = options.host ?? '127.0.0.1';
  await app.listen({ port: options.port, host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { url: `http://${host}:${port}`, close: () => app.close() };
}
