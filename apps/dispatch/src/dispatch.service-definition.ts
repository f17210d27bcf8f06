import { ServiceDefinition } from '@aftersales/platform-service-defaults';
import { EngineerEntity } from './engineers/infrastructure/engineer.entity';
import { CreateDispatch1732320002000 } from './migrations/1732320002000-create-dispatch';
import { WorkOrderEntity } from './work-orders/infrastructure/work-order.entity';

export const dispatchService: ServiceDefinition = {
  service: 'dispatch',
  title: 'Dispatch: work orders and engineers',
  description: 'Engineers, work orders, assignment, visits and sign-offs (DOMAIN.md R-DS-*, R-SLA-4).',
  entities: [EngineerEntity, WorkOrderEntity],
  migrations: [CreateDispatch1732320002000],
};
