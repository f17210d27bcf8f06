import { Module } from '@nestjs/common';
import { ComplainantsModule } from '../complainants/complainants.module';
import { AddNoteCommand } from './commands/add-note/add-note.command';
import { AddNoteHttpController } from './commands/add-note/add-note.http.controller';
import { AssignCaseCommand } from './commands/assign-case/assign-case.command';
import { AssignCaseHttpController } from './commands/assign-case/assign-case.http.controller';
import { AutoCloseJob } from './commands/auto-close/auto-close.job';
import { CaseStatusRecorder } from './commands/case-status.recorder';
import { ChangePriorityCommand } from './commands/change-priority/change-priority.command';
import { ChangePriorityHttpController } from './commands/change-priority/change-priority.http.controller';
import { ChangeStatusCommand } from './commands/change-status/change-status.command';
import { ChangeStatusHttpController } from './commands/change-status/change-status.http.controller';
import { CloseCaseCommand } from './commands/close-case/close-case.command';
import { CloseCaseHttpController } from './commands/close-case/close-case.http.controller';
import { OpenCaseCommand } from './commands/open-case/open-case.command';
import { OpenCaseHttpController } from './commands/open-case/open-case.http.controller';
import { ReclassifyCaseCommand } from './commands/reclassify-case/reclassify-case.command';
import { ReclassifyCaseHttpController } from './commands/reclassify-case/reclassify-case.http.controller';
import { RecordMilestoneCommand } from './commands/record-milestone/record-milestone.command';
import { RecordMilestoneHttpController } from './commands/record-milestone/record-milestone.http.controller';
import { CaseRepository } from './infrastructure/case.repository';
import { OnCustomerContactedHandler } from './integration/on-customer-contacted.handler';
import { OnEngineerArrivedHandler } from './integration/on-engineer-arrived.handler';
import { OnAppointmentConfirmedHandler } from './integration/on-appointment-confirmed.handler';
import { OnRemoteSessionEndedHandler } from './integration/on-remote-session-ended.handler';
import { OnEntitlementChangedHandler } from './integration/on-entitlement-changed.handler';
import { OnWorkOrderDiagnosedHandler } from './integration/on-work-order-diagnosed.handler';
import { OnEntitlementDeterminedHandler } from './integration/on-entitlement-determined.handler';
import { OnWorkOrderCompletedHandler } from './integration/on-work-order-completed.handler';
import { OnRmaProgressHandler } from './integration/on-rma-progress.handler';
import { OnWorkOrderAssignedHandler } from './integration/on-work-order-assigned.handler';
import { OnCaseReopenRequestedHandler } from './integration/on-case-reopen-requested.handler';
import { OnRevisitFaultReportedHandler } from './integration/on-revisit-fault-reported.handler';
import { GetCaseHttpController } from './queries/get-case/get-case.http.controller';
import { ListCasesHttpController } from './queries/list-cases/list-cases.http.controller';

@Module({
  imports: [ComplainantsModule],
  controllers: [
    OpenCaseHttpController,
    CloseCaseHttpController,
    ChangeStatusHttpController,
    ChangePriorityHttpController,
    AssignCaseHttpController,
    AddNoteHttpController,
    RecordMilestoneHttpController,
    ReclassifyCaseHttpController,
    ListCasesHttpController,
    GetCaseHttpController,
  ],
  providers: [
    CaseRepository,
    CaseStatusRecorder,
    AutoCloseJob,
    ChangeStatusCommand,
    ChangePriorityCommand,
    AssignCaseCommand,
    AddNoteCommand,
    OpenCaseCommand,
    CloseCaseCommand,
    RecordMilestoneCommand,
    ReclassifyCaseCommand,
    OnEntitlementDeterminedHandler,
    OnWorkOrderCompletedHandler,
    OnCustomerContactedHandler,
    OnWorkOrderDiagnosedHandler,
    OnEntitlementChangedHandler,
    OnWorkOrderAssignedHandler,
    OnCaseReopenRequestedHandler,
    OnRevisitFaultReportedHandler,
    OnRmaProgressHandler,
    OnEngineerArrivedHandler,
    OnAppointmentConfirmedHandler,
    OnRemoteSessionEndedHandler,
  ],
  exports: [OpenCaseCommand, CaseRepository],
})
export class CasesModule {}
