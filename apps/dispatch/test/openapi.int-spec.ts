/** dispatch's OpenAPI document (issue #8): the checks every service shares, in describeOpenApiDocument. */
import { describeOpenApiDocument } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { dispatchService } from '../src/dispatch.service-definition';

describeOpenApiDocument({ appModule: AppModule, definition: dispatchService, path: '/v1/work-orders/{id}' });
