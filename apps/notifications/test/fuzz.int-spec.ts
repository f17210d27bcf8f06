/**
 * notifications' API fuzzed from its own OpenAPI document (issue #8): the checks every service shares, in
 * describeApiFuzz. It consumes intake's and dispatch's streams; the roles are its controllers' @Roles, and a customer.
 */
import { describeApiFuzz } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { notificationsService } from '../src/notifications.service-definition';

describeApiFuzz({
  appModule: AppModule,
  definition: notificationsService,
  streams: ['intake', 'dispatch', 'warranty', 'surveys', 'complaints', 'rma-inventory'],
  roles: ['customer', 'agent', 'engineer', 'expert', 'manager', 'rma-admin', 'complaint-officer', 'admin'],
});
