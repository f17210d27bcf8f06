/** surveys's API fuzzed from its own OpenAPI document (issue #8): the checks every service shares, in describeApiFuzz. */
import { describeApiFuzz } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { surveysService } from '../src/surveys.service-definition';

describeApiFuzz({ appModule: AppModule, definition: surveysService, streams: ['intake', 'dispatch', 'warranty', 'complaints', 'surveys'], roles: ['customer', 'agent', 'manager', 'admin'] });
