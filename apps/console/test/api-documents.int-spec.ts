/**
 * The console's API types are generated, never written by hand (issue #20): the OpenAPI documents and client types
 * committed in apps/console/src/api/generated must be what the services build now. When a service's API changes,
 * this fails until `npm run console:api` is run and its output committed.
 */
import { CONSOLE_SERVICES, buildApiFiles, readApiFiles } from '../scripts/api-documents';

describe('the console is built against the services’ current OpenAPI documents', () => {
  it.each(CONSOLE_SERVICES)('%s: the committed document and generated types are current (else: npm run console:api)', async (service) => {
    const [committed, current] = await Promise.all([readApiFiles(service), buildApiFiles(service)]);
    expect({ service, documentCurrent: committed?.document === current.document, typesCurrent: committed?.types === current.types }).toEqual({
      service,
      documentCurrent: true,
      typesCurrent: true,
    });
  });
});
