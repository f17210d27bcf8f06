import { Module } from '@nestjs/common';
import { ServiceDefaultsModule } from '@aftersales/platform-service-defaults';
import { CaseAttachmentsModule } from './case-attachments/case-attachments.module';
import { CasesModule } from './cases/cases.module';
import { SlaCaseRecordAdapter } from './cases/integration/sla-case-record.adapter';
import { CustomersModule } from './customers/customers.module';
import { EmailModule } from './email/email.module';
import { intakeService } from './intake.service-definition';
import { SlaModule } from './sla/sla.module';
import { StaffReadsModule } from './staff-reads/staff-reads.module';
import { WechatModule } from './wechat/wechat.module';

@Module({
  imports: [
    ServiceDefaultsModule.forRoot(intakeService),
    SlaModule.register({ caseRecord: SlaCaseRecordAdapter }),
    StaffReadsModule,
    CasesModule,
    CustomersModule,
    CaseAttachmentsModule,
    EmailModule,
    WechatModule,
  ],
})
export class AppModule {}
