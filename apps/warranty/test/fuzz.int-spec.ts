/** warranty's API fuzzed from its own OpenAPI document (issue #8): the checks every service shares, in describeApiFuzz. */
import { describeApiFuzz } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { warrantyService } from '../src/warranty.service-definition';

describeApiFuzz({ appModule: AppModule, definition: warrantyService, streams: ['intake', 'dispatch', 'rma-inventory'], roles: ['customer', 'agent', 'engineer', 'integrator', 'admin'] });
