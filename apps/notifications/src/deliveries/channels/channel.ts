import { SendOutcome } from '../domain/retry';

/** What a channel sends: the delivery's rendered notice and where to. */
export interface OutgoingNotice {
  deliveryId: string;
  address: string;
  subject: string | null;
  body: string;
  smsTemplateCode: string | null;
  smsParams: Record<string, string>;
}

/** An SMS gateway (docs/notifications.md, "SMS"): the HTTP one shaped like Aliyun's SendSms, or the log. */
export abstract class SmsProvider {
  abstract send(notice: OutgoingNotice): Promise<SendOutcome>;
}
