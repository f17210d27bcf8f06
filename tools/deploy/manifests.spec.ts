/**
 * deploy/ and docker-compose.yml stay true to the code: every manifest parses, every kustomization names
 * files that exist, and every variable they set is one .env.example documents (docs/architecture.md, convention 7).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parseEnv } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { SERVICE_NAMES } from '@aftersales/contracts-core';
import { baseConfigSchema } from '@aftersales/platform-service-defaults';

const root = path.resolve(__dirname, '../..');
const documented = new Set(Object.keys(parseEnv(readFileSync(path.join(root, '.env.example'), 'utf8'))));
// Set by the image or the infrastructure containers, not read by the services' config.
const NOT_SERVICE_CONFIG = new Set(['SERVICE', 'POSTGRES_HOST_AUTH_METHOD']);
documented.add('AUTH_JWKS_URL').add('OTEL_EXPORTER_OTLP_ENDPOINT'); // documented as commented-out options

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? yamlFiles(p) : p.endsWith('.yaml') ? [p] : [];
  });
}

function parse(file: string): any[] {
  const docs = parseAllDocuments(readFileSync(file, 'utf8'), { merge: true });
  for (const d of docs) expect({ file, errors: d.errors.map((e) => e.message) }).toEqual({ file, errors: [] });
  return docs.map((d) => d.toJS());
}

function envNames(node: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => envNames(n, into));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (Array.isArray(o.env)) for (const e of o.env as { name: string }[]) into.add(e.name);
    // The shared ConfigMap is the services' environment (envFrom); others (nats-config) are files.
    if (o.kind === 'ConfigMap' && (o.metadata as { name?: string })?.name === 'aftersales-config' && o.data) Object.keys(o.data).forEach((k) => into.add(k));
    // configMapGenerator / secretGenerator literals (KEY=value) become environment variables too.
    if (Array.isArray(o.literals)) for (const l of o.literals as string[]) into.add(l.split('=')[0]);
    Object.values(o).forEach((v) => envNames(v, into));
  }
  return into;
}

describe('deployment manifests', () => {
  const files = yamlFiles(path.join(root, 'deploy'));

  it('parse, and every kustomization points at files that exist', () => {
    for (const file of files) {
      const [doc] = parse(file);
      if (path.basename(file) !== 'kustomization.yaml') continue;
      for (const entry of [...(doc.resources ?? []), ...(doc.components ?? [])]) {
        expect({ file, entry, exists: existsSync(path.resolve(path.dirname(file), entry)) }).toEqual({ file, entry, exists: true });
      }
    }
  });

  it('deploy every service with probes, limits and a migration Job', () => {
    for (const service of SERVICE_NAMES) {
      const [deployment] = parse(path.join(root, 'deploy/k8s/base', service, 'deployment.yaml'));
      const container = deployment.spec.template.spec.containers[0];
      expect(container.readinessProbe.httpGet.path).toBe('/health/ready');
      expect(container.livenessProbe.httpGet.path).toBe('/health/live');
      expect(container.resources.limits.memory).toBeDefined();
      expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
      const [job] = parse(path.join(root, 'deploy/k8s/base', service, 'migrate-job.yaml'));
      expect(job.spec.template.spec.containers[0].args).toEqual(['migrate']);
    }
  });

  it('set only variables that .env.example documents', () => {
    const used = new Set<string>();
    for (const file of files) for (const doc of parse(file)) envNames(doc, used);
    const compose = parse(path.join(root, 'docker-compose.yml'))[0];
    for (const [name, svc] of Object.entries<any>(compose.services)) {
      if (name === 'postgres' || name === 'nats') continue;
      Object.keys(svc.environment).forEach((k) => used.add(k));
    }
    const undocumented = [...used].filter((n) => !documented.has(n) && !NOT_SERVICE_CONFIG.has(n));
    expect(undocumented).toEqual([]);
    expect(used.has('DATABASE_URL')).toBe(true);
  });

  it('carry every shared variable: .env.example, the ConfigMap and docker-compose each set it', () => {
    // Set per container (the port) or from Secrets, not in the shared ConfigMap; or optional alternatives.
    const perContainer = new Set(['PORT', 'DATABASE_URL', 'AUTH_JWT_SECRET']);
    const optional = new Set(['AUTH_JWKS_URL', 'OTEL_EXPORTER_OTLP_ENDPOINT']);
    const [configMap] = parse(path.join(root, 'deploy/k8s/base/common/configmap.yaml'));
    const compose = parse(path.join(root, 'docker-compose.yml'))[0];
    const missing = Object.keys(baseConfigSchema.shape).flatMap((name) => [
      ...(documented.has(name) ? [] : [`${name}: .env.example`]),
      ...(perContainer.has(name) || optional.has(name) || name in configMap.data ? [] : [`${name}: configmap.yaml`]),
      ...(optional.has(name) || name in compose['x-service'].environment || name === 'PORT' || name === 'DATABASE_URL' ? [] : [`${name}: docker-compose.yml`]),
    ]);
    expect(missing).toEqual([]);
  });
});
