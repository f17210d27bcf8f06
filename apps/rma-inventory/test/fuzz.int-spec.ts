/** rma-inventory's API fuzzed from its own OpenAPI document (issue #8): the checks every service shares, in describeApiFuzz. */
import { describeApiFuzz } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { rmaInventoryService } from '../src/rma-inventory.service-definition';

describeApiFuzz({ appModule: AppModule, definition: rmaInventoryService, streams: ['dispatch', 'warranty'], roles: ['customer', 'agent', 'engineer', 'rma-admin', 'admin'] });
