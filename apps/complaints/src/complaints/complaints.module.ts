import { Module } from '@nestjs/common';
import { RegisterComplaintCommand } from './commands/register-complaint/register-complaint.command';
import { RegisterComplaintHttpController } from './commands/register-complaint/register-complaint.http.controller';
import { ComplaintRepository } from './infrastructure/complaint.repository';
import { OnSurveyResponseReceivedHandler } from './integration/on-survey-response-received.handler';
import { GetComplaintHistoryHttpController } from './queries/get-complaint-history/get-complaint-history.http.controller';
import { GetComplaintHistoryQuery } from './queries/get-complaint-history/get-complaint-history.query';
import { GetComplaintHttpController } from './queries/get-complaint/get-complaint.http.controller';
import { GetComplaintQuery } from './queries/get-complaint/get-complaint.query';
import { ListComplaintsHttpController } from './queries/list-complaints/list-complaints.http.controller';
import { ListComplaintsQuery } from './queries/list-complaints/list-complaints.query';

@Module({
  controllers: [RegisterComplaintHttpController, ListComplaintsHttpController, GetComplaintHttpController, GetComplaintHistoryHttpController],
  providers: [ComplaintRepository, RegisterComplaintCommand, OnSurveyResponseReceivedHandler, ListComplaintsQuery, GetComplaintQuery, GetComplaintHistoryQuery],
})
export class ComplaintsModule {}
