import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dependencyUp } from './metrics';

/** Socket-level failures: the server is not there (refused, reset, unreachable, name not resolving). */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/**
 * SQLSTATE class 08 (connection exception), the server shutting down or starting up (57P01-57P03) and no free
 * connection slot (53300): the database is away, not the statement wrong.
 */
const SQLSTATE = /^(08...|57P0[123]|53300)$/;
/** What pg and pg-pool say when a connection breaks or cannot be had; they set no code for these. */
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established/i;
/** The NATS client's own connection errors (not a timeout or no-responders of a request: that is the other side). */
const NATS_ERRORS = new Set(['ClosedConnectionError', 'DrainingConnectionError', 'ConnectionError']);

/**
 * The service lost its database or NATS connection: a transient condition by definition (docs/architecture.md,
 * "Delivery guarantees"), never the request's or the event's fault.
 */
export function isConnectionLost(error: unknown): boolean {
  return isDatabaseConnectionLost(error) || isNatsConnectionLost(error);
}

/** Where the database listens; a socket error that names another address (an SMTP relay, a webhook) is not ours. */
export interface DatabaseEndpoint {
  host?: string;
  port?: number;
}

/**
 * The database connection broke or cannot be had. Looks through TypeORM's `driverError`, `cause` and
 * AggregateError's `errors` (a host name with IPv4 and IPv6 addresses fails with one of those).
 */
export function isDatabaseConnectionLost(error: unknown, endpoint?: DatabaseEndpoint): boolean {
  return matches(error, (e) => {
    if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
    if (typeof e.code !== 'string') return false;
    if (SQLSTATE.test(e.code)) return true;
    return SOCKET_CODES.has(e.code) && sameEndpoint(e, endpoint);
  });
}

function sameEndpoint(e: ErrorShape, endpoint: DatabaseEndpoint | undefined): boolean {
  if (!endpoint) return true;
  if (typeof e.port === 'number' && endpoint.port !== undefined && e.port !== endpoint.port) return false;
  // The address is resolved (127.0.0.1 for localhost), so only a host name that differs outright rules it out.
  if (typeof e.hostname === 'string' && endpoint.host !== undefined && e.hostname !== endpoint.host) return false;
  return true;
}

export function isNatsConnectionLost(error: unknown): boolean {
  return matches(error, (e) => typeof e.name === 'string' && NATS_ERRORS.has(e.name));
}

interface ErrorShape {
  code?: unknown;
  port?: unknown;
  hostname?: unknown;
  name?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

function matches(error: unknown, test: (e: ErrorShape) => boolean, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const e = error as ErrorShape;
  if (test(e)) return true;
  if (matches(e.driverError, test, depth + 1) || matches(e.cause, test, depth + 1)) return true;
  return Array.isArray(e.errors) && e.errors.some((inner) => matches(inner, test, depth + 1));
}

const PROBE_INTERVAL_MS = 1000;
const PROBE_TIMEOUT_MS = 2000;

/**
 * The state of this process's database connection, shared by the HTTP edge, the consumers and the relay, so an
 * outage is logged twice in all (when it starts, when it ends) instead of once per request, message or poll.
 * While it lasts a probe (`SELECT 1`, once a second) watches for the end, and `whenBack()` lets a consumer
 * hold its message until then.
 */
export class DatabaseOutage {
  private readonly logger = new Logger('Database');
  private downSince?: number;
  private probe?: NodeJS.Timeout;
  private probing = false;
  private readonly waiters = new Set<() => void>();
  private readonly endpoint: DatabaseEndpoint;

  constructor(
    private readonly dataSource: DataSource,
    private readonly service: string,
  ) {
    dependencyUp.set({ service, dependency: 'database' }, 1);
    this.endpoint = databaseEndpoint(dataSource);
  }

  isDown(): boolean {
    return this.downSince !== undefined;
  }

  /** Takes note of an error from any database call; true (and the outage begins, if new) when it is a lost connection. */
  noticed(error: unknown): boolean {
    if (!isDatabaseConnectionLost(error, this.endpoint)) return false;
    this.begin(error);
    return true;
  }

  /** For a failure whose cause is unclear: does the database answer right now? If not, the outage begins. */
  async answers(): Promise<boolean> {
    if (this.isDown()) return false;
    try {
      await this.ping();
      return true;
    } catch (error) {
      this.begin(error);
      return false;
    }
  }

  /** Resolves when the probe sees the database again (at once if it is not down), or when `stop()` is called. */
  whenBack(): Promise<void> {
    if (!this.isDown()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.add(resolve));
  }

  stop(): void {
    clearInterval(this.probe);
    this.probe = undefined;
    this.release();
  }

  private begin(error: unknown): void {
    if (this.isDown()) return;
    this.downSince = Date.now();
    dependencyUp.set({ service: this.service, dependency: 'database' }, 0);
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    this.logger.error(`database unreachable (${reason.split('\n')[0]}): HTTP answers 503, consumers hold their messages, the relay waits`);
    this.probe = setInterval(() => void this.check(), PROBE_INTERVAL_MS);
    this.probe.unref();
  }

  private async check(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    try {
      await this.ping();
      const seconds = Math.round((Date.now() - (this.downSince ?? Date.now())) / 1000);
      this.downSince = undefined;
      clearInterval(this.probe);
      this.probe = undefined;
      dependencyUp.set({ service: this.service, dependency: 'database' }, 1);
      this.logger.log(`database reachable again after ${seconds} s`);
      this.release();
    } catch {
      // Still down: the next probe tries again; the start was logged already.
    } finally {
      this.probing = false;
    }
  }

  private async ping(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS)));
    try {
      await Promise.race([this.dataSource.query('SELECT 1'), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private release(): void {
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }
}

function databaseEndpoint(dataSource: DataSource): DatabaseEndpoint {
  const o = dataSource.options as { url?: string; host?: string; port?: number };
  if (o.url) {
    try {
      const url = new URL(o.url);
      return { host: url.hostname || undefined, port: Number(url.port || 5432) };
    } catch {
      return {};
    }
  }
  return { host: o.host, port: o.port ?? 5432 };
}
