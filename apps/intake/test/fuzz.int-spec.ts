/** intake's API fuzzed from its own OpenAPI document (issue #8): the checks every service shares, in describeApiFuzz. */
import { describeApiFuzz } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { intakeService } from '../src/intake.service-definition';

describeApiFuzz({ appModule: AppModule, definition: intakeService, streams: ['warranty', 'dispatch', 'rma-inventory'], roles: ['customer', 'agent', 'engineer', 'manager', 'admin'] });
