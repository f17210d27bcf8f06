import { Injectable } from '@nestjs/common';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { SendOutcome } from '../domain/retry';
import { truncateUtf8 } from '../domain/format';
import { OutgoingNotice } from './channel';

/** WeCom's answer codes worth another attempt: 45009, its API frequency limit (a robot takes 20 messages a minute). */
const RETRYABLE_ERRCODES = new Set([45009]);
/** A text message's content is at most 2048 bytes of UTF-8. */
const TEXT_MAX_BYTES = 2048;

/**
 * A WeCom (企业微信) group robot (docs/notifications.md, "Work chat"): POST JSON to
 * https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<key>, a text message @-mentioning the person by mobile
 * (`mentioned_mobile_list`). The robot signs nothing: the key in the URL is its only credential, so the URL is a
 * secret and never logged. Success is HTTP 200 with errcode 0; 45009 (frequency) is retried, other codes (93000:
 * invalid webhook URL) are permanent.
 */
@Injectable()
export class WeComChannel {
  private readonly url: string;
  private readonly timeoutMs: number;

  constructor(config: AppConfig) {
    this.url = config.get<string>('NOTIFY_WECOM_WEBHOOK_URL');
    this.timeoutMs = config.get<number>('NOTIFY_SEND_TIMEOUT_MS');
  }

  async send(notice: OutgoingNotice): Promise<SendOutcome> {
    if (!this.url) return { ok: false, retryable: false, reason: 'WECOM_OFF: NOTIFY_WECOM_WEBHOOK_URL is not set' };
    const body = {
      msgtype: 'text',
      text: { content: truncateUtf8(`${notice.subject ?? ''}\n${notice.body}`.trim(), TEXT_MAX_BYTES), mentioned_mobile_list: [notice.address] },
    };
    let response: Response;
    try {
      response = await fetch(this.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      return { ok: false, retryable: true, reason: `wecom unreachable: ${(error as Error).message}` };
    }
    const answer = (await response.json().catch(() => ({}))) as { errcode?: unknown; errmsg?: unknown };
    if (response.ok && answer.errcode === 0) return { ok: true, providerRef: null };
    const reason = `wecom: HTTP ${response.status}${typeof answer.errcode === 'number' ? ` errcode ${answer.errcode}` : ''}${typeof answer.errmsg === 'string' ? ` ${answer.errmsg}` : ''}`.slice(0, 500);
    if (typeof answer.errcode === 'number') return { ok: false, retryable: RETRYABLE_ERRCODES.has(answer.errcode), reason };
    return { ok: false, retryable: response.status >= 500 || response.status === 429 || response.status === 408, reason };
  }
}
