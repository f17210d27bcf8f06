import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@aftersales/platform-service-defaults';
import { attachmentRules } from '../../config/attachments.config';
import { FetchedPicture } from '../commands/receive-wechat-message/receive-wechat-message.command';

/** WeChat waits 5 s for the passive reply: the picture gets at most this much of it. */
const FETCH_TIMEOUT_MS = 2_000;

/**
 * Fetches the picture of an image message from its PicUrl, before the message's transaction. Only from the hosts
 * WECHAT_MEDIA_HOSTS names (WeChat's own), never following a redirect, at most CASE_ATTACHMENT_MAX_BYTES: the URL
 * is in the post, and the post's signature proves only that WeChat (or whoever holds the Token) sent it.
 * A picture that cannot be fetched is recorded by its media id instead (null).
 */
@Injectable()
export class WechatPictureFetcher {
  private readonly logger = new Logger('WechatChannel');
  private readonly maxBytes: number;

  constructor(config: AppConfig) {
    this.maxBytes = attachmentRules(config).maxBytes;
  }

  async fetch(picUrl: string, allowedHosts: string[]): Promise<FetchedPicture | null> {
    let url: URL;
    try {
      url = new URL(picUrl);
    } catch {
      return null;
    }
    if (!['http:', 'https:'].includes(url.protocol) || !allowedHosts.includes(url.hostname.toLowerCase())) {
      this.logger.warn(`picture not fetched: host ${url.hostname} is not in WECHAT_MEDIA_HOSTS`);
      return null;
    }
    try {
      const response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > this.maxBytes) throw new Error(`larger than ${this.maxBytes} bytes`);
      const content = Buffer.from(await response.arrayBuffer());
      if (content.length > this.maxBytes) throw new Error(`larger than ${this.maxBytes} bytes`);
      return { content, contentType: (response.headers.get('content-type') ?? 'image/jpeg').split(';')[0].trim().toLowerCase() };
    } catch (error) {
      this.logger.warn(`picture not fetched: ${(error as Error).message}`);
      return null;
    }
  }
}
