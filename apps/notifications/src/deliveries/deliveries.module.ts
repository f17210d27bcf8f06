import { Module } from '@nestjs/common';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { DirectoryModule } from '../directory/directory.module';
import { TemplateRenderer } from '../templates/template.renderer';
import { SmsProvider } from './channels/channel';
import { DingTalkChannel } from './channels/dingtalk.channel';
import { EmailChannel } from './channels/email.channel';
import { HttpSmsProvider, LogSmsProvider, TencentSmsProvider } from './channels/sms.providers';
import { WeComChannel } from './channels/wecom.channel';
import { MarkReadCommand } from './commands/mark-read/mark-read.command';
import { MarkReadHttpController } from './commands/mark-read/mark-read.http.controller';
import { NotifyCommand } from './commands/notify/notify.command';
import { RecordSmsReceiptsCommand } from './commands/record-sms-receipts/record-sms-receipts.command';
import { RecordSmsReceiptsHttpController } from './commands/record-sms-receipts/record-sms-receipts.http.controller';
import { OnCataloguedNoticeHandler } from './integration/on-catalogued-notice.handler';
import { InboxHttpController } from './queries/inbox/inbox.http.controller';
import { InboxQuery } from './queries/inbox/inbox.query';
import { ListDeliveriesHttpController } from './queries/list-deliveries/list-deliveries.http.controller';
import { ListDeliveriesQuery } from './queries/list-deliveries/list-deliveries.query';
import { ListUnresolvedHttpController } from './queries/list-unresolved/list-unresolved.http.controller';
import { ListUnresolvedQuery } from './queries/list-unresolved/list-unresolved.query';
import { DeliveryTimers } from './timers/delivery.timers';
import { OnDeliveryAttemptDueTimer } from './timers/on-delivery-attempt-due.timer';
import { OnQuietHoursDigestDueTimer } from './timers/on-quiet-hours-digest-due.timer';

@Module({
  imports: [DirectoryModule],
  controllers: [ListDeliveriesHttpController, ListUnresolvedHttpController, InboxHttpController, MarkReadHttpController, RecordSmsReceiptsHttpController],
  providers: [
    TemplateRenderer,
    EmailChannel,
    DingTalkChannel,
    WeComChannel,
    {
      provide: SmsProvider,
      inject: [AppConfig],
      useFactory: (config: AppConfig): SmsProvider => {
        const provider = config.get<string>('NOTIFY_SMS_PROVIDER');
        if (provider === 'tencent') {
          return new TencentSmsProvider({
            url: config.get<string>('NOTIFY_SMS_GATEWAY_URL'),
            signName: config.get<string>('NOTIFY_SMS_SIGN_NAME'),
            timeoutMs: config.get<number>('NOTIFY_SEND_TIMEOUT_MS'),
            secretId: config.get<string>('NOTIFY_SMS_ACCESS_KEY_ID'),
            secretKey: config.get<string>('NOTIFY_SMS_ACCESS_KEY_SECRET'),
            sdkAppId: config.get<string>('NOTIFY_SMS_SDK_APP_ID'),
            region: config.get<string>('NOTIFY_SMS_REGION_ID'),
          });
        }
        return provider === 'http'
          ? new HttpSmsProvider({
              url: config.get<string>('NOTIFY_SMS_GATEWAY_URL'),
              signName: config.get<string>('NOTIFY_SMS_SIGN_NAME'),
              timeoutMs: config.get<number>('NOTIFY_SEND_TIMEOUT_MS'),
              accessKeyId: config.get<string>('NOTIFY_SMS_ACCESS_KEY_ID'),
              accessKeySecret: config.get<string>('NOTIFY_SMS_ACCESS_KEY_SECRET'),
              regionId: config.get<string>('NOTIFY_SMS_REGION_ID'),
            })
          : new LogSmsProvider();
      },
    },
    DeliveryTimers,
    NotifyCommand,
    OnCataloguedNoticeHandler,
    OnDeliveryAttemptDueTimer,
    OnQuietHoursDigestDueTimer,
    ListDeliveriesQuery,
    ListUnresolvedQuery,
    InboxQuery,
    MarkReadCommand,
    RecordSmsReceiptsCommand,
  ],
})
export class DeliveriesModule {}
