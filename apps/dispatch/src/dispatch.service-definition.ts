import { ServiceDefinition } from '@aftersales/platform-service-defaults';
import { CustomerComplaintStandingEntity } from './complainants/infrastructure/complainant.entity';
import { EngineerEntity } from './engineers/infrastructure/engineer.entity';
import { CreateDispatch1732320002000 } from './migrations/1732320002000-create-dispatch';
import { EngineersAndOrgUnits1732320002100 } from './migrations/1732320002100-engineers-and-org-units';
import { AssignmentHistoryAndQueue1732320002200 } from './migrations/1732320002200-assignment-history-and-queue';
import { Visits1732320002300 } from './migrations/1732320002300-visits';
import { RepeatRepairs1732320002400 } from './migrations/1732320002400-repeat-repairs';
import { AppointmentsAndRemoteSessions1732320002500 } from './migrations/1732320002500-appointments-and-remote-sessions';
import { WorkOrderSlaDue1732320002600 } from './migrations/1732320002600-work-order-sla-due';
import { DirectoryContacts1732320002700 } from './migrations/1732320002700-directory-contacts';
import { ComplaintStanding1732320002750 } from './migrations/1732320002750-complaint-standing';
import { WorkOrderEngineerName1732320002770 } from './migrations/1732320002770-work-order-engineer-name';
import { WorkOrderEngineerResponse1732320002780 } from './migrations/1732320002780-work-order-engineer-response';
import { AppointmentEntity } from './appointments/infrastructure/appointment.entity';
import { RemoteSessionEntity } from './remote-sessions/infrastructure/remote-session.entity';
import { OrgUnitEntity } from './organisation/infrastructure/org-unit.entity';
import { VisitEntity } from './visits/infrastructure/visit.entity';
import { WorkOrderAssignmentEntity, WorkOrderEntity } from './work-orders/infrastructure/work-order.entity';

export const dispatchService: ServiceDefinition = {
  service: 'dispatch',
  title: 'Dispatch: work orders and engineers',
  description: 'Engineers, organisation units, work orders, assignment, visits and sign-offs (docs/domain.md R-DS-*, R-SLA-4).',
  entities: [EngineerEntity, OrgUnitEntity, WorkOrderEntity, WorkOrderAssignmentEntity, VisitEntity, AppointmentEntity, RemoteSessionEntity, CustomerComplaintStandingEntity],
  migrations: [
    CreateDispatch1732320002000,
    EngineersAndOrgUnits1732320002100,
    AssignmentHistoryAndQueue1732320002200,
    Visits1732320002300,
    RepeatRepairs1732320002400,
    AppointmentsAndRemoteSessions1732320002500,
    WorkOrderSlaDue1732320002600,
    DirectoryContacts1732320002700,
    ComplaintStanding1732320002750,
    WorkOrderEngineerName1732320002770,
    WorkOrderEngineerResponse1732320002780,
  ],
};
