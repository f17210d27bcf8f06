import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { aliyunCodeIsRetryable } from '../domain/aliyun-codes';
import { aliyunRpcSignature, aliyunTimestamp } from '../domain/aliyun-signature';
import { tencentCodeIsRetryable } from '../domain/tencent-codes';
import { TC3_CONTENT_TYPE, tc3Authorization } from '../domain/tencent-signature';
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

/**
 * Tencent Cloud SMS (API 3.0, SendSms, Version 2021-01-11): JSON with PhoneNumberSet, SmsSdkAppId, SignName,
 * TemplateId (the template's code), TemplateParamSet (its variables in order: Tencent's are positional) and
 * SessionContext = our delivery id; signed TC3-HMAC-SHA256 with the X-TC-* headers. Success only when the number's
 * SendStatus Code is "Ok" (its SerialNo kept); a request-level Error or a number's code is classified by
 * tencentCodeIsRetryable.
 */
export class TencentSmsProvider extends SmsProvider {
  constructor(private readonly options: { url: string; signName: string; timeoutMs: number; secretId: string; secretKey: string; sdkAppId: string; region: string }) {
    super();
  }

  async send(notice: OutgoingNotice): Promise<SendOutcome> {
    const payload = JSON.stringify({
      PhoneNumberSet: [notice.address],
      SmsSdkAppId: this.options.sdkAppId,
      SignName: this.options.signName,
      TemplateId: notice.smsTemplateCode ?? '',
      TemplateParamSet: notice.smsParamOrder.map((name) => notice.smsParams[name] ?? ''),
      SessionContext: notice.deliveryId,
    });
    const url = new URL(this.options.url);
    // The real time: Tencent refuses a timestamp more than 5 minutes off its own.
    const timestamp = Math.floor(Date.now() / 1000);
    const authorization = tc3Authorization({ secretId: this.options.secretId, secretKey: this.options.secretKey, service: 'sms', host: url.host, timestamp, payload });
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        body: payload,
        headers: {
          'content-type': TC3_CONTENT_TYPE,
          authorization,
          'x-tc-action': 'SendSms',
          'x-tc-version': '2021-01-11',
          'x-tc-timestamp': String(timestamp),
          'x-tc-region': this.options.region,
          'idempotency-key': notice.deliveryId,
        },
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      return { ok: false, retryable: true, reason: `tencent sms unreachable: ${(error as Error).message}` };
    }
    const body = (await response.json().catch(() => ({}))) as {
      Response?: { Error?: { Code?: unknown; Message?: unknown }; SendStatusSet?: { Code?: unknown; Message?: unknown; SerialNo?: unknown }[] };
    };
    const failure = body.Response?.Error ?? body.Response?.SendStatusSet?.[0];
    if (response.ok && failure?.Code === 'Ok') {
      const serial = (failure as { SerialNo?: unknown }).SerialNo;
      return { ok: true, providerRef: typeof serial === 'string' ? serial : null };
    }
    const code = typeof failure?.Code === 'string' ? failure.Code : null;
    const reason = `tencent sms: HTTP ${response.status}${code ? ` ${code}` : ''}${typeof failure?.Message === 'string' ? ` ${failure.Message}` : ''}`.slice(0, 500);
    if (code) return { ok: false, retryable: tencentCodeIsRetryable(code), reason };
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
