import { z } from 'zod';

/** The query WeChat puts on every callback (server configuration): signature, timestamp, nonce; echostr on the check. */
export const wechatCallbackQuery = z.object({
  signature: z.string().max(64).optional(),
  timestamp: z.string().max(20).optional(),
  nonce: z.string().max(64).optional(),
  echostr: z.string().max(512).optional(),
  encrypt_type: z.enum(['raw', 'aes']).optional(),
  msg_signature: z.string().max(64).optional(),
  openid: z.string().max(128).optional(),
});
export type WechatCallbackQuery = z.infer<typeof wechatCallbackQuery>;

/** A posted message's fields after XML parsing, as WeChat documents them (strings throughout: MsgId is 64-bit). */
export const wechatMessageFields = z.object({
  ToUserName: z.string().trim().min(1).max(64),
  FromUserName: z.string().trim().min(1).max(128),
  CreateTime: z.string().regex(/^\d{1,12}$/, { error: 'CreateTime must be seconds since 1970' }),
  MsgType: z.string().trim().min(1).max(32),
  Content: z.string().max(10_000).optional(),
  MsgId: z.string().regex(/^\d{1,20}$/, { error: 'MsgId must be an integer' }).optional(),
  PicUrl: z.url().max(2_000).optional(),
  MediaId: z.string().max(256).optional(),
  Format: z.string().max(32).optional(),
  Recognition: z.string().max(10_000).optional(),
  Event: z.string().max(64).optional(),
});

/** The outer envelope of the security mode: the account and the encrypted message. */
export const wechatEncryptedEnvelope = z.object({
  ToUserName: z.string().max(64).optional(),
  Encrypt: z.string().min(1).max(100_000),
});
