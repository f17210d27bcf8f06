/**
 * What the cluster receives: every overlay under deploy/k8s/overlays, built with kubectl kustomize and checked
 * against the Kubernetes API schemas, then held to issue 8's deployment rules: pinned images, NetworkPolicies
 * (default deny; each service reaches its own database, NATS and DNS, and is reached by its clients only),
 * disruption budgets and autoscaling in production, the SMTP listener kept inside the cluster, replicated streams.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { SERVICE_NAMES } from '@aftersales/contracts-core';
import { K8sObject, kustomizeBuild, overlayDirs, validateObjects } from './kustomize';

const overlays = Object.fromEntries(overlayDirs().map((dir) => [path.basename(dir), kustomizeBuild(dir)]));
const each = Object.entries(overlays);

type Selector = { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] };

/** Kubernetes label-selector semantics (an empty selector selects everything). */
function selects(selector: Selector | undefined, labels: Record<string, string> = {}): boolean {
  if (!selector) return false;
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpressions = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    if (operator === 'In') return key in labels && values.includes(labels[key]);
    if (operator === 'NotIn') return !(key in labels && values.includes(labels[key]));
    if (operator === 'Exists') return key in labels;
    if (operator === 'DoesNotExist') return !(key in labels);
    throw new Error(`unknown selector operator ${operator}`);
  });
  return byLabels && byExpressions;
}

const describeSelector = (s: Selector | undefined) =>
  s === undefined
    ? undefined
    : [
        ...Object.entries(s.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`),
        ...(s.matchExpressions ?? []).map((e) => `${e.key} ${e.operator} ${(e.values ?? []).join('|')}`.trim()),
      ].join(',') || '*';

interface Peer {
  namespaceSelector?: Selector;
  podSelector?: Selector;
  ipBlock?: { cidr: string; except?: string[] };
}
interface Rule {
  from?: Peer[];
  to?: Peer[];
  ports?: { protocol?: string; port?: number | string }[];
}

/** notifications alone reaches outside the cluster: its mail relay (587, 465) and SMS gateway (443), never private ranges. */
const CHANNEL_EGRESS = [587, 465, 443].map((port) => `cidr 0.0.0.0/0 except 10.0.0.0/8,172.16.0.0/12,192.168.0.0/16 TCP/${port}`);

/** integrations posts webhooks to the integrators' endpoints: HTTPS outside the cluster, never private ranges. */
const WEBHOOK_EGRESS = ['cidr 0.0.0.0/0 except 10.0.0.0/8,172.16.0.0/12,192.168.0.0/16 TCP/443'];

/** One line per peer and port a pod with these labels may talk to, over all the policies that select it. */
function allowed(objects: K8sObject[], labels: Record<string, string>, direction: 'ingress' | 'egress'): string[] {
  const lines = new Set<string>();
  for (const policy of objects.filter((o) => o.kind === 'NetworkPolicy')) {
    const spec = policy.spec as { podSelector: Selector; policyTypes: string[]; ingress?: Rule[]; egress?: Rule[] };
    if (!selects(spec.podSelector, labels)) continue;
    for (const rule of spec[direction] ?? []) {
      for (const peer of (direction === 'ingress' ? rule.from : rule.to) ?? [{}]) {
        const where = peer.ipBlock
          ? `cidr ${peer.ipBlock.cidr}${peer.ipBlock.except ? ` except ${peer.ipBlock.except.join(',')}` : ''}`
          : `pods ${describeSelector(peer.podSelector) ?? '*'} in ${peer.namespaceSelector ? `namespaces ${describeSelector(peer.namespaceSelector)}` : 'this namespace'}`;
        for (const port of rule.ports ?? [{}]) lines.add(`${where} ${port.protocol ?? 'TCP'}/${port.port ?? '*'}`);
      }
    }
  }
  return [...lines].sort();
}

// The rendered objects are plain data; the checks below walk their fields freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

function find(objects: K8sObject[], kind: string, name: string): K8sObject & { spec: Loose; data?: Record<string, string> } {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found as K8sObject & { spec: Loose };
}

interface Container {
  image: string;
}
const podTemplates = (objects: K8sObject[]) =>
  objects.flatMap((o) => {
    const template = (o.spec as { template?: { metadata?: { labels?: Record<string, string> }; spec: { containers: Container[]; initContainers?: Container[] } } } | undefined)
      ?.template;
    return template ? [{ owner: `${o.kind}/${o.metadata.name}`, labels: template.metadata?.labels ?? {}, spec: template.spec }] : [];
  });

/** [registry[:port]/]path/name:tag[@sha256:digest]: the last path segment carries a tag. */
const PINNED = /^(?:[^@\s]*\/)?[^:@\s/]+:\w[\w.-]{0,127}(?:@sha256:[0-9a-f]{64})?$/;

const DNS = 'pods k8s-app=kube-dns in namespaces kubernetes.io/metadata.name=kube-system';
const CLIENTS = [
  'pods app.kubernetes.io/name=console in this namespace TCP/http',
  'pods app.kubernetes.io/name=ingress-nginx in namespaces kubernetes.io/metadata.name=ingress-nginx TCP/http',
  'pods app.kubernetes.io/name=prometheus in namespaces kubernetes.io/metadata.name=monitoring TCP/http',
];

describe('the rendered overlays', () => {
  it('are the dev and production overlays at least', () => {
    expect(Object.keys(overlays)).toEqual(expect.arrayContaining(['dev', 'production']));
  });

  it.each(each)('%s: every object passes the Kubernetes schemas', (_name, objects) => {
    expect(objects.length).toBeGreaterThan(40);
    expect(validateObjects(objects)).toEqual([]);
  });

  it.each(each)('%s: every image has a pinned tag, never latest', (name, objects) => {
    const images = podTemplates(objects).flatMap((t) => [...t.spec.containers, ...(t.spec.initContainers ?? [])].map((c) => String(c.image)));
    expect(images.length).toBeGreaterThanOrEqual(SERVICE_NAMES.length * 2);
    for (const image of images) {
      expect({ overlay: name, image, pinned: PINNED.test(image) && !/:latest(@|$)/.test(image) }).toEqual({
        overlay: name,
        image,
        pinned: true,
      });
    }
    const platform = new Set(images.filter((i) => i.startsWith('aftersales/platform')));
    expect(platform.size).toBe(1); // one release per overlay, every service and Job on it
    expect([...platform][0]).toMatch(/^aftersales\/platform:\d+\.\d+\.\d+/);
  });

  it.each(each)('%s: denies all traffic by default', (_name, objects) => {
    const deny = find(objects, 'NetworkPolicy', 'default-deny');
    expect(deny.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
  });

  it.each(each)('%s: each service reaches only its database, NATS and DNS, and is reached only by its clients', (name, objects) => {
    const otel = name === 'production' ? ['pods app.kubernetes.io/name=otel-collector in namespaces kubernetes.io/metadata.name=observability TCP/4318'] : [];
    for (const service of SERVICE_NAMES) {
      const labels = { 'app.kubernetes.io/name': service, 'app.kubernetes.io/part-of': 'aftersales' };
      expect(find(objects, 'Deployment', service).spec.template.metadata.labels).toEqual(labels);
      expect({ service, egress: allowed(objects, labels, 'egress') }).toEqual({
        service,
        egress: [
          `pods app.kubernetes.io/name=nats in namespaces * TCP/4222`,
          `pods db.aftersales.io/${service}=true in namespaces * TCP/5432`,
          `${DNS} TCP/53`,
          `${DNS} UDP/53`,
          ...otel,
          ...(service === 'notifications' ? CHANNEL_EGRESS : []),
          ...(service === 'integrations' ? WEBHOOK_EGRESS : []),
        ].sort(),
      });
      const smtp = service === 'intake' ? ['pods app.kubernetes.io/name=smtp-relay in this namespace TCP/smtp'] : [];
      expect({ service, ingress: allowed(objects, labels, 'ingress') }).toEqual({ service, ingress: [...CLIENTS, ...smtp].sort() });

      const migration = find(objects, 'Job', `${service}-migrate`).spec.template.metadata.labels;
      expect({ job: service, egress: allowed(objects, migration, 'egress') }).toEqual({
        job: service,
        egress: [`pods db.aftersales.io/${service}=true in namespaces * TCP/5432`, `${DNS} TCP/53`, `${DNS} UDP/53`].sort(),
      });
      expect({ job: service, ingress: allowed(objects, migration, 'ingress') }).toEqual({ job: service, ingress: [] });
    }
  });

  it.each(each)('%s: keeps the plain SMTP listener inside the cluster, behind the relay', (_name, objects) => {
    const services = objects.filter((o) => o.kind === 'Service') as (K8sObject & { spec: Loose })[];
    const smtp = services.filter((s) => s.spec.ports.some((p: { targetPort?: unknown; port: number }) => p.targetPort === 'smtp' || p.targetPort === 2525));
    expect(smtp.map((s) => [s.metadata.name, s.spec.type, s.spec.externalIPs])).toEqual([['intake-smtp', 'ClusterIP', undefined]]);
    expect(find(objects, 'Service', 'intake').spec.ports.map((p: { name: string }) => p.name)).toEqual(['http']);
    for (const s of services) expect({ service: s.metadata.name, type: s.spec.type ?? 'ClusterIP' }).toEqual({ service: s.metadata.name, type: 'ClusterIP' });
  });

  it('production: a disruption budget and an autoscaler (two pods at least) for every service, which owns its replica count', () => {
    const objects = overlays.production;
    for (const service of SERVICE_NAMES) {
      const deployment = find(objects, 'Deployment', service);
      expect({ service, replicas: deployment.spec.replicas }).toEqual({ service, replicas: undefined });
      const budgets = objects.filter((o) => o.kind === 'PodDisruptionBudget' && selects((o.spec as { selector: Selector }).selector, deployment.spec.template.metadata.labels));
      expect(budgets.map((b) => (b.spec as { minAvailable: number }).minAvailable)).toEqual([1]);
      type Scaler = { scaleTargetRef: { kind: string; name: string }; minReplicas: number; maxReplicas: number };
      const scalers = objects.filter((o) => o.kind === 'HorizontalPodAutoscaler').map((o) => o.spec as Scaler).filter((h) => h.scaleTargetRef.name === service);
      expect(scalers.map((h) => [h.scaleTargetRef.kind, h.minReplicas >= 2, h.maxReplicas >= h.minReplicas])).toEqual([['Deployment', true, true]]);
    }
  });

  it('production: three copies of every stream, on a NATS cluster listed as one comma-separated NATS_URL', () => {
    const config = find(overlays.production, 'ConfigMap', 'aftersales-config').data;
    expect(config?.NATS_STREAM_REPLICAS).toBe('3');
    expect(config?.NATS_URL).toBe('nats://nats-0.nats:4222,nats://nats-1.nats:4222,nats://nats-2.nats:4222');
    expect(find(overlays.dev, 'ConfigMap', 'aftersales-config').data?.NATS_STREAM_REPLICAS).toBe('1');
  });

  it('dev: its NATS fsyncs every write (sync_interval: always), on a server version that has the option (2.10+)', () => {
    const nats = find(overlays.dev, 'StatefulSet', 'nats').spec.template.spec;
    const [major, minor] = String(nats.containers[0].image).replace(/^nats:/, '').split('.').map(Number);
    expect(major * 100 + minor).toBeGreaterThanOrEqual(210);
    const configName = nats.volumes.find((v: { configMap?: { name: string } }) => v.configMap).configMap.name;
    expect(find(overlays.dev, 'ConfigMap', configName).data?.['nats.conf']).toMatch(/jetstream\s*\{[^}]*sync_interval:\s*always/);
  });
});

describe('the schema validation', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'aftersales-kustomize-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a field of the wrong type and an unknown kind, and passes a sound object', () => {
    writeFileSync(path.join(dir, 'kustomization.yaml'), 'resources: [objects.yaml]\n');
    const deployment = (name: string, replicas: string) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec: { containers: [{ name: app, image: "aftersales/platform:0.1.0", ports: [{ containerPort: 3001 }] }] }
`;
    writeFileSync(
      path.join(dir, 'objects.yaml'),
      [deployment('sound', '2'), deployment('broken', '"two"'), 'apiVersion: apps/v1\nkind: Deploymnet\nmetadata: { name: typo }\n'].join('---\n'),
    );
    expect(validateObjects(kustomizeBuild(dir))).toEqual([
      { kind: 'Deployment', name: 'broken', problem: expect.stringContaining('spec/replicas must be integer') },
      { kind: 'Deploymnet', name: 'typo', problem: 'unknown kind apps/v1 Deploymnet' },
    ]);
  });

  it('fails, naming how to install it, when kubectl is missing', () => {
    expect(() => kustomizeBuild(dir, 'kubectl-that-is-not-installed')).toThrow(/not found.*apt-get install kubectl/);
  });
});
