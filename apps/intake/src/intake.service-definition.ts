import { CustomerRecordReadEntity } from './staff-reads/infrastructure/customer-record-read.entity';
import { ServiceDefinition } from '@aftersales/platform-service-defaults';
import { CaseAttachmentEntity } from './case-attachments/infrastructure/case-attachment.entity';
import { CustomerComplaintStandingEntity } from './complainants/infrastructure/complaint-standing.entity';
import { complainantsConfigSchema } from './config/complainants.config';
import { attachmentsConfigSchema } from './config/attachments.config';
import { intakeConfigSchema } from './config/intake.config';
import { CaseActivityEntity, CaseEntity } from './cases/infrastructure/case.entity';
import { ContactEntity, CustomerEntity, SiteEntity } from './customers/infrastructure/customer.entity';
import { emailChannelConfigSchema } from './email/email.config';
import { InboundEmailEntity } from './email/infrastructure/inbound-email.entity';
import { CreateCases1732320001000 } from './migrations/1732320001000-create-cases';
import { CaseServiceMode1732320001210 } from './migrations/1732320001210-case-service-mode';
import { SlaEngine1732320001300 } from './migrations/1732320001300-sla-engine';
import { CasePurchaseProof1732320001310 } from './migrations/1732320001310-case-purchase-proof';
import { CaseAssignment1732320001400 } from './migrations/1732320001400-case-assignment';
import { CreateCustomers1732320001500 } from './migrations/1732320001500-create-customers';
import { CaseSearchIndexes1732320001510 } from './migrations/1732320001510-case-search-indexes';
import { CaseAssigneeIndex1732320001511 } from './migrations/1732320001511-case-assignee-index';
import { CaseAttachments1732320001520 } from './migrations/1732320001520-case-attachments';
import { InboundEmail1732320001600 } from './migrations/1732320001600-inbound-email';
import { CaseSite1732320001700 } from './migrations/1732320001700-case-site';
import { SlaFiredSteps1732320001710 } from './migrations/1732320001710-sla-fired-steps';
import { SlaResponseReplied1732320001800 } from './migrations/1732320001800-sla-response-replied';
import { SlaClockWithdrawn1732320001810 } from './migrations/1732320001810-sla-clock-withdrawn';
import { CaseRmas1732320001920 } from './migrations/1732320001920-case-rmas';
import { SlaCalendarShipped1732320001820 } from './migrations/1732320001820-sla-calendar-shipped';
import { ComplaintStanding1732320001900 } from './migrations/1732320001900-complaint-standing';
import { CaseAssigneeName1732320001960 } from './migrations/1732320001960-case-assignee-name';
import { CaseDifficulty1732320001970 } from './migrations/1732320001970-case-difficulty';
import { StaffReads1732320001980 } from './migrations/1732320001980-staff-reads';
import { WechatChannel1732320001999 } from './migrations/1732320001999-wechat-channel';
import { wechatChannelConfigSchema } from './wechat/wechat.config';
import { WechatFollowerEntity, WechatInboundEntity } from './wechat/infrastructure/wechat.entities';

export const intakeService: ServiceDefinition = {
  service: 'intake',
  title: 'Intake: cases from every channel',
  description: 'Customers, cases, the activity log and SLA clocks (docs/domain.md R-IN-*, R-SLA-*).',
  entities: [
    CaseEntity,
    CaseActivityEntity,
    CustomerEntity,
    ContactEntity,
    SiteEntity,
    CaseAttachmentEntity,
    InboundEmailEntity,
    CustomerComplaintStandingEntity,
    CustomerRecordReadEntity,
    WechatFollowerEntity,
    WechatInboundEntity,
  ],
  migrations: [
    CreateCases1732320001000,
    CaseServiceMode1732320001210,
    SlaEngine1732320001300,
    CasePurchaseProof1732320001310,
    CaseAssignment1732320001400,
    CreateCustomers1732320001500,
    CaseSearchIndexes1732320001510,
    CaseAssigneeIndex1732320001511,
    CaseAttachments1732320001520,
    InboundEmail1732320001600,
    CaseSite1732320001700,
    SlaFiredSteps1732320001710,
    SlaResponseReplied1732320001800,
    SlaClockWithdrawn1732320001810,
    SlaCalendarShipped1732320001820,
    ComplaintStanding1732320001900,
    CaseRmas1732320001920,
    CaseAssigneeName1732320001960,
    CaseDifficulty1732320001970,
    StaffReads1732320001980,
    WechatChannel1732320001999,
  ],
  // R-SLA-6: holidays are imported as iCalendar (PUT /v1/sla/calendars/:id/ics); WeChat posts XML (R-IN-1).
  textBodyTypes: ['text/calendar', 'text/xml', 'application/xml'],
  configSchema: emailChannelConfigSchema
    .safeExtend({ ...intakeConfigSchema.shape, ...attachmentsConfigSchema.shape, ...complainantsConfigSchema.shape, ...wechatChannelConfigSchema.shape })
    .refine((v) => !v.WECHAT_ENABLED || v.WECHAT_TOKEN, { path: ['WECHAT_TOKEN'], message: 'is required when WECHAT_ENABLED is true' })
    .refine((v) => !v.WECHAT_ENCODING_AES_KEY || v.WECHAT_APP_ID, { path: ['WECHAT_APP_ID'], message: 'is required with WECHAT_ENCODING_AES_KEY' }),
};
