/**
 * The console in Kubernetes (issue #20): a static image behind the same Ingress as the services, so the browser has
 * one origin (/ the console, /api/<service>/ each service without the prefix), and no development sign-in in any
 * overlay: its config says so, and the image has no server that could sign a token.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { SERVICE_NAMES } from '@aftersales/contracts-core';
import { K8sObject, kustomizeBuild, overlayDirs } from './kustomize';

const root = path.resolve(__dirname, '../..');
const overlays = Object.fromEntries(overlayDirs().map((dir) => [path.basename(dir), kustomizeBuild(dir)]));
const find = (objects: K8sObject[], kind: string, name: string) => {
  const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found as K8sObject & { spec: any; data?: Record<string, string> };
};

describe.each(Object.entries(overlays))('the console in the %s overlay', (_name, objects) => {
  it('routes /api/<service>/ to every service with the prefix removed, and / to the console', () => {
    const api = find(objects, 'Ingress', 'aftersales-api');
    expect((api.metadata as { annotations?: Record<string, string> }).annotations?.['nginx.ingress.kubernetes.io/rewrite-target']).toBe('/$2');
    const routes = api.spec.rules[0].http.paths.map((p: any) => [p.path, p.backend.service.name]);
    expect(routes).toEqual(SERVICE_NAMES.map((s) => [`/api/${s}(/|$)(.*)`, s]));
    const site = find(objects, 'Ingress', 'console');
    expect(site.spec.rules[0].http.paths.map((p: any) => [p.path, p.pathType, p.backend.service.name])).toEqual([['/', 'Prefix', 'console']]);
  });

  it('offers no development sign-in and holds no secret', () => {
    const config = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('console-config')) as K8sObject & { data: Record<string, string> };
    expect(JSON.parse(config.data['config.json']).devSignIn).toBe(false);
    const container = find(objects, 'Deployment', 'console').spec.template.spec.containers[0];
    expect({ env: container.env, envFrom: container.envFrom, image: container.image }).toEqual({ env: undefined, envFrom: undefined, image: 'aftersales/console:0.1.0' });
  });
});

it('production signs in with the identity provider', () => {
  const config = overlays.production.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('console-config')) as K8sObject & { data: Record<string, string> };
  expect(JSON.parse(config.data['config.json']).oidc).toEqual({ authority: expect.stringMatching(/^https:\/\//), clientId: 'aftersales-console', scope: 'openid profile' });
});

it('the console image is static files: its config is written without a development sign-in', () => {
  const dockerfile = readFileSync(path.join(root, 'deploy/console/Dockerfile'), 'utf8');
  expect(dockerfile).toMatch(/^FROM nginxinc\/nginx-unprivileged:\d+\.\d+\.\d+-alpine$/m);
  expect(dockerfile).toContain(`'{"devSignIn":false,"oidc":null}'`);
  expect(readFileSync(path.join(root, 'deploy/console/nginx.conf'), 'utf8')).toMatch(/location \/auth\/dev\/ \{\s*return 404;/);
});
