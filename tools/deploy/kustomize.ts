/**
 * Renders the Kubernetes overlays with the kustomize built into kubectl, and validates every rendered object
 * against the Kubernetes API schemas (kubernetes-models: the OpenAPI schemas of the API server, offline).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import * as models from 'kubernetes-models';

export const DEPLOY_ROOT = path.resolve(__dirname, '../../deploy/k8s');

/** Every directory under deploy/k8s/overlays: a new overlay is built and checked without being listed anywhere. */
export function overlayDirs(): string[] {
  const root = path.join(DEPLOY_ROOT, 'overlays');
  return readdirSync(root)
    .map((name) => path.join(root, name))
    .filter((dir) => statSync(dir).isDirectory())
    .sort();
}

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

const INSTALL_HINT =
  'install it: `apt-get install kubectl` (CI does this in .ci/run), or any kubectl 1.21 or later, whose kustomize knows components';

/** `kubectl kustomize <dir>`, parsed. Fails (never skips) when kubectl is missing or its kustomize too old. */
export function kustomizeBuild(dir: string, kubectl = process.env.KUBECTL ?? 'kubectl'): K8sObject[] {
  requireKustomize(kubectl);
  const result = spawnSync(kubectl, ['kustomize', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`kubectl kustomize ${path.relative(process.cwd(), dir)} failed:\n${result.stderr}`);
  return parseAllDocuments(result.stdout)
    .map((d) => d.toJS() as K8sObject | null)
    .filter((o): o is K8sObject => o !== null);
}

const checkedKubectl = new Map<string, string>();

function requireKustomize(kubectl: string): void {
  if (checkedKubectl.has(kubectl)) return;
  const result = spawnSync(kubectl, ['version', '--client'], { encoding: 'utf8' });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${kubectl} not found: the deployment tests build every overlay with kubectl kustomize; ${INSTALL_HINT}`);
  }
  if (result.status !== 0) throw new Error(`${kubectl} version --client failed: ${result.stderr || result.error?.message}`);
  // Kustomize v4 (kubectl 1.21) is the first with components and patches by label selector.
  const version = /Kustomize Version: v?(\d+)\.(\d+)/.exec(result.stdout);
  if (!version || Number(version[1]) < 4) {
    throw new Error(`${kubectl} has kustomize ${version ? `v${version[1]}.${version[2]}` : '(unknown)'}; ${INSTALL_HINT}`);
  }
  checkedKubectl.set(kubectl, version[0]);
}

type ModelClass = { apiVersion: string; kind: string; new (data: unknown): { validate(): void } };

/** apiVersion/kind -> model class, for every built-in kind kubernetes-models knows (core kinds sit one level up). */
const MODELS: Map<string, ModelClass> = (() => {
  const byKind = new Map<string, ModelClass>();
  const collect = (exports: Record<string, unknown>, depth: number) => {
    for (const value of Object.values(exports)) {
      const c = value as Partial<Pick<ModelClass, 'apiVersion' | 'kind'>>;
      if (typeof value === 'function' && typeof c.apiVersion === 'string' && typeof c.kind === 'string') byKind.set(`${c.apiVersion}/${c.kind}`, value as ModelClass);
      else if (value && typeof value === 'object' && depth < 2) collect(value as Record<string, unknown>, depth + 1);
    }
  };
  collect(models as unknown as Record<string, unknown>, 0);
  return byKind;
})();

export interface SchemaProblem {
  kind: string;
  name: string;
  problem: string;
}

/** What the API server's schemas refuse in these objects: unknown kinds and fields of the wrong type or shape. */
export function validateObjects(objects: K8sObject[]): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const object of objects) {
    const name = object.metadata?.name ?? '(unnamed)';
    const Model = MODELS.get(`${object.apiVersion}/${object.kind}`);
    if (!Model) {
      problems.push({ kind: String(object.kind), name, problem: `unknown kind ${object.apiVersion} ${object.kind}` });
      continue;
    }
    try {
      new Model(asTheApiServerReadsIt(object)).validate();
    } catch (error) {
      problems.push({ kind: object.kind, name, problem: (error as Error).message });
    }
  }
  return problems;
}

/**
 * kustomize wraps long base64 Secret values over several lines; the API server's decoder skips those line breaks
 * (Go's base64 ignores \r and \n), the schema's "byte" format does not.
 */
function asTheApiServerReadsIt(object: K8sObject): K8sObject {
  if (object.kind !== 'Secret' || !object.data || typeof object.data !== 'object') return object;
  const data = Object.fromEntries(Object.entries(object.data as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/[\r\n]/g, '') : v]));
  return { ...object, data };
}
