import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { ServiceDefinition } from '../service-definition';
import { documentProblemResponses } from './problem-openapi';

/**
 * OpenAPI 3.1: zod 4 emits JSON Schema 2020-12 (`type: [string, 'null']`, `propertyNames`, numeric
 * `exclusiveMinimum`), which is valid 3.1 and not valid 3.0. Declaring 3.1 keeps the schemas exactly what the
 * validation enforces instead of down-converting them.
 */
export const OPENAPI_VERSION = '3.1.0';

/**
 * The service's OpenAPI document, built from the initialised (not necessarily listening) app: after init, so the
 * auth module has marked which operations need the bearer token. The bootstrap serves it at /docs and /docs-json;
 * the lint test (`*.openapi.int-spec.ts`) checks the same document.
 */
export function buildOpenApiDocument(app: INestApplication, def: ServiceDefinition): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setOpenAPIVersion(OPENAPI_VERSION)
      .setTitle(def.title)
      .setDescription(def.description ?? `The ${def.service} service of the after-sales platform`)
      .setVersion('1')
      .setLicense('Apache-2.0', 'https://www.apache.org/licenses/LICENSE-2.0')
      // Relative URLs resolve against where the document is served (OpenAPI 3.1, Server Object).
      .addServer('/', 'This service, on its own port (the host that serves this document)')
      .addServer(`/api/${def.service}`, "Through the platform's one origin: the console's proxy, or the Ingress in Kubernetes")
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
      .build(),
  );
  return documentProblemResponses(cleanupOpenApiDoc(document, { version: '3.1' }));
}

/** Serves the document as Swagger UI at /docs and as JSON at /docs-json. */
export function serveOpenApiDocument(app: INestApplication, def: ServiceDefinition): OpenAPIObject {
  const document = buildOpenApiDocument(app, def);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return document;
}
