/** complaints's API fuzzed from its own OpenAPI document (issue #8): the checks every service shares, in describeApiFuzz. */
import { describeApiFuzz } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { complaintsService } from '../src/complaints.service-definition';

describeApiFuzz({ appModule: AppModule, definition: complaintsService, streams: ['surveys', 'warranty'], roles: ['customer', 'agent', 'manager', 'complaint-officer', 'admin'] });
