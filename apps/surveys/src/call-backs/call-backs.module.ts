import { Module } from '@nestjs/common';
import { CompleteCallBackCommand } from './commands/complete-call-back/complete-call-back.command';
import { CompleteCallBackHttpController } from './commands/complete-call-back/complete-call-back.http.controller';
import { CallBackRepository } from './infrastructure/call-back.repository';
import { ListCallBacksHttpController } from './queries/list-call-backs/list-call-backs.http.controller';
import { ListCallBacksQuery } from './queries/list-call-backs/list-call-backs.query';

@Module({
  controllers: [ListCallBacksHttpController, CompleteCallBackHttpController],
  providers: [CallBackRepository, ListCallBacksQuery, CompleteCallBackCommand],
  exports: [CallBackRepository],
})
export class CallBacksModule {}
