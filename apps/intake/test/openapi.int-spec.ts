/** intake's OpenAPI document (issue #8): the checks every service shares, in describeOpenApiDocument. */
import { describeOpenApiDocument } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { intakeService } from '../src/intake.service-definition';

describeOpenApiDocument({ appModule: AppModule, definition: intakeService, path: '/v1/cases/{id}' });
