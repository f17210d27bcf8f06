import { HttpException, HttpStatus } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { AuthUser } from '@aftersales/platform-auth';
import { refuseForbiddenCharacters } from './forbidden-characters';

export interface EdgeOptions {
  rateLimitMax: number;
  rateLimitWindowMs: number;
  /** Origins allowed to call the API from a browser (the console); empty: no CORS headers at all. */
  corsOrigins: string[];
  /** The service's bearer-token verifier, so a verified subject (never a claimed one) keys the rate limit. */
  verifyToken: (token: string) => Promise<AuthUser>;
}

/** Probes and scrapes are never limited: a limited probe would take a healthy pod out of service. */
const UNLIMITED = /^\/(health(\/|$)|metrics$)/;
const isDocs = (url: string) => url === '/docs' || url.startsWith('/docs/') || url.startsWith('/docs-json');

/** JSON APIs load nothing and may be framed by no one; an uploaded HTML or SVG file cannot run either. */
const API_CSP = {
  defaultSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};
/**
 * Swagger UI at /docs: its scripts and styles come from the service itself (no inline script), it inlines CSS and
 * data: images, and "Try it out" calls the same origin. No upgrade-insecure-requests: local services speak http.
 */
const DOCS_CSP = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

type RouteOptions = { url: string; config?: Record<string, unknown>; helmet?: unknown };
type EdgeRequest = { ip: string; method: string; url: string; headers: Record<string, string | string[] | undefined>; routeOptions: { url?: string } };

/**
 * The HTTP edge every service shares (issue #8): rate limits per client and route, security headers, CORS for the
 * console's origins, and the refusal of characters no store can keep. Called before the routes exist (Nest's
 * init), so the plugins' route hooks see every route.
 */
export async function installEdgeSecurity(app: NestFastifyApplication, options: EdgeOptions): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();

  // Before the plugins' own onRoute hooks, which read what this one sets.
  fastify.addHook('onRoute', (route: RouteOptions) => {
    if (UNLIMITED.test(route.url)) route.config = { ...route.config, rateLimit: false };
    if (isDocs(route.url)) route.helmet = { contentSecurityPolicy: { useDefaults: false, directives: DOCS_CSP } };
  });

  await app.register(helmet as never, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: API_CSP },
    frameguard: { action: 'deny' },
    // An API does not need the browser's cross-origin isolation, and CORP same-origin would hide files from the console.
    crossOriginResourcePolicy: { policy: 'same-site' },
  });

  if (options.corsOrigins.length > 0) {
    await app.register(cors as never, {
      origin: options.corsOrigins,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type', 'idempotency-key', 'if-match', 'x-request-id'],
      exposedHeaders: ['location', 'retry-after', 'x-request-id', 'repr-digest', 'content-disposition'],
      // Bearer tokens travel in a header, never in cookies.
      credentials: false,
      maxAge: 600,
      strictPreflight: true,
    });
  }

  await app.register(rateLimit as never, {
    global: true,
    max: options.rateLimitMax,
    timeWindow: options.rateLimitWindowMs,
    // Per client and route: one busy screen does not lock a person out of the rest of the API.
    keyGenerator: async (req: EdgeRequest) => `${req.method} ${req.routeOptions.url ?? 'unmatched'} ${await clientOf(req, options.verifyToken)}`,
    // Through Nest's exception filter, so a 429 is problem+json like every other error; Retry-After is already set.
    errorResponseBuilder: (_req: unknown, context: { after: string }) =>
      new HttpException(`Too many requests from this client on this route; retry in ${context.after}`, HttpStatus.TOO_MANY_REQUESTS),
  });

  fastify.addHook('onSend', async (req: EdgeRequest, reply: { header(name: string, value: string): unknown }) => {
    // Answers of the API carry personal data (R-IN-8): no browser or proxy keeps a copy.
    if (req.url.startsWith('/v1/') || req.url === '/v1') reply.header('cache-control', 'no-store');
  });

  refuseForbiddenCharacters(fastify);
}

/** The verified subject of the bearer token, else the client's address (behind the ingress: X-Forwarded-For). */
async function clientOf(req: EdgeRequest, verify: (token: string) => Promise<AuthUser>): Promise<string> {
  const header = req.headers.authorization;
  const token = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
  if (token) {
    try {
      return `sub:${(await verify(token)).sub}`;
    } catch {
      // An invalid token is answered 401 by the guard; until then it counts against its sender's address.
    }
  }
  return `ip:${req.ip}`;
}
