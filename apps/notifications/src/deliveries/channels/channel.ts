import { SendOutcome } from '../domain/retry';

/** What a channel sends: the delivery's rendered notice and where to. */
export interface OutgoingNotice {
  deliveryId: string;
  address: string;
  subject: string | null;
  body: string;
  smsTemplateCode: string | null;
  smsParams: Record<string, string>;
  /** The template's variables in their order, for gateways whose parameters are positional (Tencent Cloud). */
  smsParamOrder: string[];
}

/** An SMS gateway (docs/notifications.md, "SMS"): the HTTP one shaped like Aliyun's SendSms, Tencent Cloud's, or the log. */
export abstract class SmsProvider {
  abstract send(notice: OutgoingNotice): Promise<SendOutcome>;
}
