/**
 * The OpenAPI documents the console is built against, and the client types generated from them (issue #20): the
 * console never writes an API type by hand. Each document is the one the service serves at /docs-json, built from
 * its app initialised on a scratch database (serviceOpenApiDocument), and the types are openapi-typescript's output
 * for it. `npm run console:api` writes both into src/api/generated/; test/api-documents.int-spec.ts fails when
 * the committed files differ from what the services build now.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import * as path from 'node:path';
import { ServiceName } from '@aftersales/contracts-core';
import { REPO_ROOT, generatedClientTypes, serviceOpenApiDocument } from '@aftersales/platform-testing';
import type { ServiceDefinition } from '@aftersales/platform-service-defaults';

/** The services whose APIs the console calls today; add one here when a screen starts calling it. */
export const CONSOLE_SERVICES = ['intake', 'dispatch', 'warranty'] as const satisfies readonly ServiceName[];
export type ConsoleService = (typeof CONSOLE_SERVICES)[number];

export const GENERATED_DIR = path.join(REPO_ROOT, 'apps', 'console', 'src', 'api', 'generated');

export interface ApiFiles {
  /** `<service>.openapi.json`: the document, as the service serves it. */
  document: string;
  /** `<service>.d.ts`: openapi-typescript's `paths` and `components` for it. */
  types: string;
}

export const documentFile = (service: ConsoleService) => path.join(GENERATED_DIR, `${service}.openapi.json`);
export const typesFile = (service: ConsoleService) => path.join(GENERATED_DIR, `${service}.d.ts`);

/**
 * The service's app module and definition, loaded by path: the console depends on a service's published document,
 * not on its code, so nothing here imports a service statically.
 */
export function serviceApp(service: ConsoleService): { AppModule: unknown; definition: ServiceDefinition } {
  const src = path.join(REPO_ROOT, 'apps', service, 'src');
  const { AppModule } = require(path.join(src, 'app.module')) as { AppModule: unknown };
  const exported = require(path.join(src, `${service}.service-definition`)) as Record<string, unknown>;
  const definition = Object.values(exported).find((v): v is ServiceDefinition => (v as ServiceDefinition)?.service === service);
  if (!definition) throw new Error(`apps/${service}/src/${service}.service-definition.ts exports no definition for ${service}`);
  return { AppModule, definition };
}

/** What the generated files of a service should hold now. */
export async function buildApiFiles(service: ConsoleService): Promise<ApiFiles> {
  const { AppModule, definition } = serviceApp(service);
  const document = await serviceOpenApiDocument(AppModule, definition);
  const types = await generatedClientTypes(document, service);
  return { document: `${JSON.stringify(document, null, 2)}\n`, types };
}

export async function readApiFiles(service: ConsoleService): Promise<ApiFiles | undefined> {
  try {
    return { document: await readFile(documentFile(service), 'utf8'), types: await readFile(typesFile(service), 'utf8') };
  } catch {
    return undefined;
  }
}

export async function writeApiFiles(service: ConsoleService, files: ApiFiles): Promise<void> {
  await mkdir(GENERATED_DIR, { recursive: true });
  await writeFile(documentFile(service), files.document);
  await writeFile(typesFile(service), files.types);
}
