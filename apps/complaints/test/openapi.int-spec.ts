/** complaints's OpenAPI document (issue #8): the checks every service shares, in describeOpenApiDocument. */
import { describeOpenApiDocument } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { complaintsService } from '../src/complaints.service-definition';

describeOpenApiDocument({ appModule: AppModule, definition: complaintsService, path: '/v1/complaints' });
