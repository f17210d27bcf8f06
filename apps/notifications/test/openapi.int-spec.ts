/** notifications's OpenAPI document (issue #8): the checks every service shares, in describeOpenApiDocument. */
import { describeOpenApiDocument } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { notificationsService } from '../src/notifications.service-definition';

describeOpenApiDocument({ appModule: AppModule, definition: notificationsService, path: '/v1/directory/people/{id}' });
