/** rma-inventory's OpenAPI document (issue #8): the checks every service shares, in describeOpenApiDocument. */
import { describeOpenApiDocument } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { rmaInventoryService } from '../src/rma-inventory.service-definition';

describeOpenApiDocument({ appModule: AppModule, definition: rmaInventoryService, path: '/v1/stock' });
