import { Module } from '@nestjs/common';
import { AddAttachmentCommand } from './commands/add-attachment/add-attachment.command';
import { AddAttachmentHttpController } from './commands/add-attachment/add-attachment.http.controller';
import { ListAttachmentsHttpController } from './queries/list-attachments/list-attachments.http.controller';

/** Files attached to cases (R-IN-2), kept in intake's database with their SHA-256. */
@Module({
  controllers: [AddAttachmentHttpController, ListAttachmentsHttpController],
  providers: [AddAttachmentCommand],
})
export class CaseAttachmentsModule {}
