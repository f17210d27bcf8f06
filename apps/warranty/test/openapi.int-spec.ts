/** warranty's OpenAPI document (issue #8): the checks every service shares, in describeOpenApiDocument. */
import { describeOpenApiDocument } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { warrantyService } from '../src/warranty.service-definition';

describeOpenApiDocument({ appModule: AppModule, definition: warrantyService, path: '/v1/entitlements' });
