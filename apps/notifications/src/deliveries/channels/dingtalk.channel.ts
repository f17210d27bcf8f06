import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { SendOutcome } from '../domain/retry';
import { OutgoingNotice } from './channel';

/**
 * DingTalk's answer codes worth another attempt: -1 (busy), 130101 (its per-robot limit of 20 a minute, then 10 min
 * off) and 410100 (rate limited). Every other code is a configuration problem (token, signature, keyword, group).
 */
const RETRYABLE_ERRCODES = new Set([-1, 130101, 410100]);

/**
 * A DingTalk group robot (docs/notifications.md, "Work chat"): a text message @-mentioning the person by mobile,
 * signed as the robot's "加签" security setting requires: `timestamp` (ms) and
 * `sign = base64(HMAC-SHA256(secret, timestamp + "\n" + secret))`, URL-encoded, on the query. Success is HTTP 200 with
 * `errcode` 0; security failures (310000: keyword, timestamp, signature, IP allowlist) are permanent.
 */
@Injectable()
export class DingTalkChannel {
  private readonly url: string;
  private readonly secret: string;
  private readonly timeoutMs: number;

  constructor(config: AppConfig) {
    this.url = config.get<string>('NOTIFY_DINGTALK_WEBHOOK_URL');
    this.secret = config.get<string>('NOTIFY_DINGTALK_SECRET');
    this.timeoutMs = config.get<number>('NOTIFY_SEND_TIMEOUT_MS');
  }

  async send(notice: OutgoingNotice): Promise<SendOutcome> {
    if (!this.url) return { ok: false, retryable: false, reason: 'DINGTALK_OFF: NOTIFY_DINGTALK_WEBHOOK_URL is not set' };
    const url = new URL(this.url);
    if (this.secret) {
      // The robot accepts a timestamp within an hour of its own clock: the real time, never a simulated one.
      const timestamp = String(Date.now());
      url.searchParams.set('timestamp', timestamp);
      url.searchParams.set('sign', createHmac('sha256', this.secret).update(`${timestamp}\n${this.secret}`).digest('base64'));
    }
    const body = {
      msgtype: 'text',
      text: { content: `${notice.subject ?? ''}\n${notice.body}`.trim() },
      at: { atMobiles: [notice.address], isAtAll: false },
    };
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      return { ok: false, retryable: true, reason: `dingtalk unreachable: ${(error as Error).message}` };
    }
    const answer = (await response.json().catch(() => ({}))) as { errcode?: unknown; errmsg?: unknown };
    if (response.ok && answer.errcode === 0) return { ok: true, providerRef: null };
    const reason = `dingtalk: HTTP ${response.status}${typeof answer.errcode === 'number' ? ` errcode ${answer.errcode}` : ''}${typeof answer.errmsg === 'string' ? ` ${answer.errmsg}` : ''}`.slice(0, 500);
    if (typeof answer.errcode === 'number') return { ok: false, retryable: RETRYABLE_ERRCODES.has(answer.errcode), reason };
    return { ok: false, retryable: response.status >= 500 || response.status === 429, reason };
  }
}
