import { Module } from '@nestjs/common';
import { AddNoteCommand } from './commands/add-note/add-note.command';
import { AddNoteHttpController } from './commands/add-note/add-note.http.controller';
import { ChangeStatusCommand } from './commands/change-status/change-status.command';
import { ChangeStatusHttpController } from './commands/change-status/change-status.http.controller';
import { ComplaintChanges } from './commands/complaint-changes';
import { ComplaintCommandRunner } from './commands/complaint-command';
import { DecideCompensationCommand } from './commands/decide-compensation/decide-compensation.command';
import { DecideCompensationHttpController } from './commands/decide-compensation/decide-compensation.http.controller';
import { OfferResolutionCommand } from './commands/offer-resolution/offer-resolution.command';
import { OfferResolutionHttpController } from './commands/offer-resolution/offer-resolution.http.controller';
import { ProposeResolutionCommand } from './commands/propose-resolution/propose-resolution.command';
import { ProposeResolutionHttpController } from './commands/propose-resolution/propose-resolution.http.controller';
import { RecordCustomerResponseCommand } from './commands/record-customer-response/record-customer-response.command';
import { RecordCustomerResponseHttpController } from './commands/record-customer-response/record-customer-response.http.controller';
import { ReactToEscalationCommand } from './commands/react-to-escalation/react-to-escalation.command';
import { ReactToEscalationHttpController } from './commands/react-to-escalation/react-to-escalation.http.controller';
import { RecordStepCommand } from './commands/record-step/record-step.command';
import { RecordStepHttpController } from './commands/record-step/record-step.http.controller';
import { ComplaintRegistrar } from './commands/register-complaint/complaint-registrar';
import { RegisterComplaintCommand } from './commands/register-complaint/register-complaint.command';
import { RegisterComplaintHttpController } from './commands/register-complaint/register-complaint.http.controller';
import { RenegotiateDeadlineCommand } from './commands/renegotiate-deadline/renegotiate-deadline.command';
import { RenegotiateDeadlineHttpController } from './commands/renegotiate-deadline/renegotiate-deadline.http.controller';
import { ComplaintRepository } from './infrastructure/complaint.repository';
import { OnEntitlementDeterminedHandler } from './integration/on-entitlement-determined.handler';
import { OnSurveyResponseReceivedHandler } from './integration/on-survey-response-received.handler';
import { GetComplaintHistoryHttpController } from './queries/get-complaint-history/get-complaint-history.http.controller';
import { GetComplaintHistoryQuery } from './queries/get-complaint-history/get-complaint-history.query';
import { GetComplaintHttpController } from './queries/get-complaint/get-complaint.http.controller';
import { GetComplaintQuery } from './queries/get-complaint/get-complaint.query';
import { ListComplaintsHttpController } from './queries/list-complaints/list-complaints.http.controller';
import { ListComplaintsQuery } from './queries/list-complaints/list-complaints.query';
import { ComplaintDeadlineTimers } from './timers/complaint-deadline.timers';
import { OnComplaintDeadlineDueTimer } from './timers/on-complaint-deadline-due.timer';

@Module({
  controllers: [
    RegisterComplaintHttpController,
    ListComplaintsHttpController,
    GetComplaintHttpController,
    GetComplaintHistoryHttpController,
    RecordStepHttpController,
    AddNoteHttpController,
    ChangeStatusHttpController,
    RenegotiateDeadlineHttpController,
    ProposeResolutionHttpController,
    DecideCompensationHttpController,
    OfferResolutionHttpController,
    RecordCustomerResponseHttpController,
    ReactToEscalationHttpController,
  ],
  providers: [
    ComplaintRepository,
    ComplaintChanges,
    ComplaintCommandRunner,
    ComplaintRegistrar,
    ComplaintDeadlineTimers,
    OnComplaintDeadlineDueTimer,
    RegisterComplaintCommand,
    RecordStepCommand,
    AddNoteCommand,
    ChangeStatusCommand,
    RenegotiateDeadlineCommand,
    ProposeResolutionCommand,
    DecideCompensationCommand,
    OfferResolutionCommand,
    RecordCustomerResponseCommand,
    ReactToEscalationCommand,
    OnSurveyResponseReceivedHandler,
    OnEntitlementDeterminedHandler,
    ListComplaintsQuery,
    GetComplaintQuery,
    GetComplaintHistoryQuery,
  ],
})
export class ComplaintsModule {}
