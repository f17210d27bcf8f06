import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createServiceApp, runMigrations, ServiceDefinition } from '@aftersales/platform-service-defaults';
import { createTestDatabase, testInfra, testNamespace } from './infra';
import { REPO_ROOT } from './service-process';

/** An OpenAPI document as JSON (what /docs-json serves). */
export type OpenApiJson = {
  openapi: string;
  servers?: { url: string }[];
  paths: Record<string, Record<string, { summary?: string; responses?: Record<string, unknown> }>>;
};

/**
 * The document a service serves at /docs-json, from its app initialised on a scratch database and NATS namespace
 * but never listening: the same generation the bootstrap runs, without starting a server.
 */
export async function serviceOpenApiDocument(AppModule: unknown, def: ServiceDefinition): Promise<OpenApiJson> {
  const db = await createTestDatabase(`openapi-${def.service}`);
  const env = {
    DATABASE_URL: db.url,
    NATS_URL: testInfra().natsUrl,
    NATS_NAMESPACE: testNamespace(`openapi-${def.service}`),
    PORT: '0',
    AUTH_JWT_SECRET: 'openapi-document-test-secret-0123456789',
    LOG_LEVEL: 'silent',
    EMAIL_SMTP_ENABLED: 'false',
  };
  try {
    await runMigrations(def, env);
    const app = await createServiceApp(AppModule, def, env);
    try {
      const res = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/docs-json' });
      if (res.statusCode !== 200) throw new Error(`GET /docs-json answered ${res.statusCode}: ${res.body}`);
      return res.json() as OpenApiJson;
    } finally {
      await app.close();
    }
  } finally {
    await db.drop();
  }
}

interface RedoclyProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer?: string }[];
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

/** `#/paths/~1v1~1cases~1{id}/post/summary` -> `POST /v1/cases/{id} (summary)`, so a reader sees which operation. */
function where(pointer: string | undefined): string {
  if (!pointer) return '(document)';
  const parts = pointer.replace(/^#\//, '').split('/').map((p) => decodeURIComponent(p).replace(/~1/g, '/').replace(/~0/g, '~'));
  if (parts[0] === 'paths' && parts.length >= 3 && HTTP_METHODS.has(parts[2])) {
    return `${parts[2].toUpperCase()} ${parts[1]}${parts.length > 3 ? ` (${parts.slice(3).join('/')})` : ''}`;
  }
  return `#/${parts.join('/')}`;
}

/** A package's command-line tool run by this Node, outside Jest's module system (both tools are ES modules). */
function runTool(bin: string, args: string[], cwd = REPO_ROOT): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // No telemetry and no update check: the check runs offline and sends nothing anywhere.
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules', bin), ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs `fn` with the document written to a scratch file, removed afterwards. */
async function withDocumentFile<T>(document: OpenApiJson, name: string, fn: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'openapi-'));
  try {
    const file = path.join(dir, `${name}.json`);
    await writeFile(file, JSON.stringify(document));
    return await fn(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Lints the document with Redocly CLI and the repository's redocly.yaml (the recommended rules, with a summary
 * and the 4xx responses required on every operation). Returns the errors, one line each, naming the operation.
 */
export function lintOpenApi(document: OpenApiJson, name: string): Promise<string[]> {
  return withDocumentFile(document, name, async (file) => {
    const { stdout, stderr } = await runTool('@redocly/cli/bin/cli.js', ['lint', file, '--config', path.join(REPO_ROOT, 'redocly.yaml'), '--format', 'json']);
    const start = stdout.indexOf('{');
    if (start < 0) throw new Error(`redocly lint printed no report:\n${stdout}\n${stderr}`);
    const report = JSON.parse(stdout.slice(start)) as { problems: RedoclyProblem[] };
    return report.problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.ruleId}: ${where(p.location[0]?.pointer)}: ${p.message}`)
      .sort();
  });
}

/** The operations without a summary, as `METHOD /path` (convention 6: every operation has one). */
export function operationsWithoutSummary(document: OpenApiJson): string[] {
  return Object.entries(document.paths).flatMap(([route, item]) =>
    Object.entries(item)
      .filter(([method, operation]) => HTTP_METHODS.has(method) && !operation.summary?.trim())
      .map(([method]) => `${method.toUpperCase()} ${route}`),
  );
}

/** swagger-parser's validation against the OpenAPI schema: `valid`, or the first problem it found. */
export async function validateOpenApi(document: OpenApiJson): Promise<string> {
  try {
    // Loaded here, not at the top: most tests import this library and never need it.
    const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
    await SwaggerParser.validate(structuredClone(document) as never);
    return 'valid';
  } catch (error) {
    return (error as Error).message;
  }
}

/** The TypeScript types openapi-typescript's CLI generates for a client of the document (what the console uses). */
export function generatedClientTypes(document: OpenApiJson, name: string): Promise<string> {
  return withDocumentFile(document, name, async (file, dir) => {
    const out = path.join(dir, `${name}.d.ts`);
    // In the scratch folder: the generator's own checks, not our redocly.yaml (the lint above applies that).
    const { code, stdout, stderr } = await runTool('openapi-typescript/bin/cli.js', [file, '--output', out], dir);
    if (code !== 0) throw new Error(`openapi-typescript failed: ${(stderr || stdout).split('\n').filter((l) => l.includes('✘')).join('; ') || stderr}`);
    return readFile(out, 'utf8');
  });
}

export interface OpenApiReport {
  openapi: string;
  servers: string[];
  /** swagger-parser: `valid` or its complaint. */
  validation: string;
  /** Redocly's errors, one line each, naming the operation. */
  lintErrors: string[];
  /** `METHOD /path` of each operation without a summary. */
  withoutSummary: string[];
  /** openapi-typescript: `generated`, or why it failed. */
  client: string;
  /** Paths of the document that the generated client types lack (none when the generator took it whole). */
  missingFromClient: string[];
}

/** Everything the OpenAPI check looks at, in one object, so one assertion shows every problem at once. */
export async function openApiReport(document: OpenApiJson, name: string): Promise<OpenApiReport> {
  const [validation, lintErrors, client] = await Promise.all([
    validateOpenApi(document),
    lintOpenApi(document, name),
    generatedClientTypes(document, name).catch((error: Error) => error),
  ]);
  const types = typeof client === 'string' ? client : '';
  return {
    openapi: document.openapi,
    servers: (document.servers ?? []).map((s) => s.url),
    validation,
    lintErrors,
    withoutSummary: operationsWithoutSummary(document),
    client: typeof client === 'string' ? 'generated' : client.message,
    missingFromClient: Object.keys(document.paths).filter((route) => !types.includes(`${JSON.stringify(route)}: {`)),
  };
}
