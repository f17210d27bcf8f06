/** integrations's OpenAPI document (issue #8): the checks every service shares, in describeOpenApiDocument. */
import { describeOpenApiDocument } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { integrationsService } from '../src/integrations.service-definition';

describeOpenApiDocument({ appModule: AppModule, definition: integrationsService, path: '/v1/integrators' });
