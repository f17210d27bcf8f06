import { Module } from '@nestjs/common';
import { RegisterComplaintCommand } from './commands/register-complaint/register-complaint.command';
import { RegisterComplaintHttpController } from './commands/register-complaint/register-complaint.http.controller';
import { ComplaintRepository } from './infrastructure/complaint.repository';
import { OnSurveyResponseReceivedHandler } from './integration/on-survey-response-received.handler';
import { GetComplaintHistoryHttpController } from './queries/get-complaint-history/get-complaint-history.http.controller';
import { GetComplaintHttpController } from './queries/get-complaint/get-complaint.http.controller';
import { ListComplaintsHttpController } from './queries/list-complaints/list-complaints.http.controller';

@Module({
  controllers: [RegisterComplaintHttpController, ListComplaintsHttpController, GetComplaintHttpController, GetComplaintHistoryHttpController],
  providers: [ComplaintRepository, RegisterComplaintCommand, OnSurveyResponseReceivedHandler],
})
export class ComplaintsModule {}
