/** integrations's API fuzzed from its own OpenAPI document (issue #8): the checks every service shares, in describeApiFuzz. */
import { describeApiFuzz } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { integrationsService } from '../src/integrations.service-definition';

describeApiFuzz({ appModule: AppModule, definition: integrationsService, streams: ['intake', 'dispatch', 'warranty', 'rma-inventory', 'complaints', 'surveys'], roles: ['agent', 'integrator', 'admin'] });
