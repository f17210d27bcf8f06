/**
 * rma-inventory's OpenAPI document, generated from its app as the bootstrap does (issue #8): valid OpenAPI 3.1 for
 * swagger-parser, no Redocly lint errors (redocly.yaml), a summary and the 4xx responses on every operation,
 * and a typed client from openapi-typescript (how the console generates its clients).
 */
import { openApiReport, serviceOpenApiDocument } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { rmaInventoryService } from '../src/rma-inventory.service-definition';

describe('rma-inventory: the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 that lints clean and generates a client', async () => {
    const document = await serviceOpenApiDocument(AppModule, rmaInventoryService);
    expect(await openApiReport(document, 'rma-inventory')).toEqual({
      openapi: '3.1.0',
      servers: ['/', '/api/rma-inventory'],
      validation: 'valid',
      lintErrors: [],
      withoutSummary: [],
      client: 'generated',
      missingFromClient: [],
    });
    expect(Object.keys(document.paths)).toContain('/v1/stock');
  });
});
