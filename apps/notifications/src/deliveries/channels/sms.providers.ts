import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { aliyunCodeIsRetryable } from '../domain/aliyun-codes';
import { aliyunRpcSignature, aliyunTimestamp } from '../domain/aliyun-signature';
import { SendOutcome } from '../domain/retry';
import { OutgoingNotice, SmsProvider } from './channel';

/**
 * An HTTP gateway shaped like Aliyun's SendSms (Action=SendSms, Version=2017-05-25): PhoneNumbers, SignName,
 * TemplateCode, TemplateParam (a JSON string of string values) and OutId = our delivery id, form-encoded. Success
 * only when the body's Code is "OK" (BizId kept as the provider reference). With an AccessKey the request carries
 * Aliyun's RPC signature v1 (AccessKeyId, Timestamp, SignatureMethod HMAC-SHA1, SignatureVersion 1.0, a fresh
 * SignatureNonce per request, Signature over the POST); without one it goes unsigned (a gateway or proxy that signs).
 */
export class HttpSmsProvider extends SmsProvider {
  constructor(private readonly options: { url: string; signName: string; timeoutMs: number; accessKeyId?: string; accessKeySecret?: string; regionId?: string }) {
    super();
  }

  /** The form, signed when there is an AccessKey. The time is the real one: Aliyun refuses a stale Timestamp. */
  private form(notice: OutgoingNotice): URLSearchParams {
    const params: Record<string, string> = {
      Action: 'SendSms',
      Version: '2017-05-25',
      Format: 'JSON',
      PhoneNumbers: notice.address,
      SignName: this.options.signName,
      TemplateCode: notice.smsTemplateCode ?? '',
      TemplateParam: JSON.stringify(notice.smsParams),
      OutId: notice.deliveryId,
    };
    const { accessKeyId, accessKeySecret } = this.options;
    if (!accessKeyId || !accessKeySecret) return new URLSearchParams(params);
    Object.assign(params, {
      AccessKeyId: accessKeyId,
      RegionId: this.options.regionId ?? 'cn-hangzhou',
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      SignatureNonce: randomUUID(),
      Timestamp: aliyunTimestamp(new Date()),
    });
    return new URLSearchParams({ ...params, Signature: aliyunRpcSignature('POST', params, accessKeySecret) });
  }

  async send(notice: OutgoingNotice): Promise<SendOutcome> {
    const form = this.form(notice);
    let response: Response;
    try {
      // The delivery id travels as OutId and Idempotency-Key on every attempt: a gateway (or signing proxy) that
      // deduplicates on either sends once across our retries and a crash before our commit.
      response = await fetch(this.options.url, { method: 'POST', body: form, headers: { 'idempotency-key': notice.deliveryId }, signal: AbortSignal.timeout(this.options.timeoutMs) });
    } catch (error) {
      // SendSms is not idempotent: a timeout may have landed. Retried with the same OutId (docs/notifications.md).
      return { ok: false, retryable: true, reason: `sms gateway unreachable: ${(error as Error).message}` };
    }
    const text = await response.text().catch(() => '');
    let body: { Code?: unknown; Message?: unknown; BizId?: unknown } = {};
    try {
      body = JSON.parse(text);
    } catch {
      // a 5xx page or a proxy's HTML: judged by the status below
    }
    if (response.ok && body.Code === 'OK') return { ok: true, providerRef: typeof body.BizId === 'string' ? body.BizId : null };
    const code = typeof body.Code === 'string' ? body.Code : null;
    const reason = `sms gateway: HTTP ${response.status}${code ? ` ${code}` : ''}${typeof body.Message === 'string' ? ` ${body.Message}` : ''}`.slice(0, 500);
    if (code) return { ok: false, retryable: aliyunCodeIsRetryable(code), reason };
    // 5xx, 429 and 408 are the gateway's trouble; another 4xx says the request is bad.
    return { ok: false, retryable: response.status >= 500 || response.status === 429 || response.status === 408, reason };
  }
}

/** Development: the SMS is written to the log and counts as sent. */
export class LogSmsProvider extends SmsProvider {
  private readonly logger = new Logger('SMS');

  async send(notice: OutgoingNotice): Promise<SendOutcome> {
    this.logger.log(`SMS to ${notice.address} (${notice.smsTemplateCode}): ${notice.body}`);
    return { ok: true, providerRef: `log:${notice.deliveryId}` };
  }
}
