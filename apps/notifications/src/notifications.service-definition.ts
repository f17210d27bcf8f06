import { ServiceDefinition } from '@aftersales/platform-service-defaults';
import { notificationsConfigSchema } from './config/notifications.config';
import { DeliveryEntity, UnresolvedRecipientEntity } from './deliveries/infrastructure/delivery.entity';
import { CaseBranchEntity, OrgUnitEntity, PersonEntity, RoleAssignmentEntity } from './directory/infrastructure/directory.entity';
import { CreateNotifications1732320007000 } from './migrations/1732320007000-create-notifications';
import { DirectoryProjection1732320007100 } from './migrations/1732320007100-directory-projection';
import { WecomChannel1732320007200 } from './migrations/1732320007200-wecom-channel';
import { ContractExpiringNotice1732320007300 } from './migrations/1732320007300-contract-expiring-notice';
import { LoopNotices1732320007400 } from './migrations/1732320007400-loop-notices';
import { NotificationTemplateEntity } from './templates/infrastructure/template.entity';

export const notificationsService: ServiceDefinition = {
  service: 'notifications',
  title: 'Notifications',
  description: 'Who is told of SLA steps, R-SLA-4 reminders and contract expiries, by email, SMS, work chat and in-app, exactly once (docs/notifications.md, R-SLA-7).',
  entities: [PersonEntity, RoleAssignmentEntity, OrgUnitEntity, CaseBranchEntity, DeliveryEntity, UnresolvedRecipientEntity, NotificationTemplateEntity],
  migrations: [CreateNotifications1732320007000, DirectoryProjection1732320007100, WecomChannel1732320007200, ContractExpiringNotice1732320007300, LoopNotices1732320007400],
  configSchema: notificationsConfigSchema,
};
