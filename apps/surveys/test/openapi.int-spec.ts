/** surveys's OpenAPI document (issue #8): the checks every service shares, in describeOpenApiDocument. */
import { describeOpenApiDocument } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { surveysService } from '../src/surveys.service-definition';

describeOpenApiDocument({ appModule: AppModule, definition: surveysService, path: '/v1/surveys/{id}/responses' });
