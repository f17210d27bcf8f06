/** dispatch's API fuzzed from its own OpenAPI document (issue #8): the checks every service shares, in describeApiFuzz. */
import { describeApiFuzz } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { dispatchService } from '../src/dispatch.service-definition';

describeApiFuzz({ appModule: AppModule, definition: dispatchService, streams: ['intake'], roles: ['customer', 'agent', 'engineer', 'manager', 'admin'] });
