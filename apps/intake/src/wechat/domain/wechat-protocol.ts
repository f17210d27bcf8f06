import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * The WeChat official account (微信公众号) server protocol, pure over plain data (R-IN-1): the signature WeChat
 * puts on every callback, the AES envelope of the security mode (安全模式), the messages it posts and the passive
 * reply it expects within 5 seconds. Written by hand: the protocol is a few lines of SHA-1 and AES, and no
 * well-kept Node library for it exists; the test vectors of WeChat's own documentation and sample code check it.
 */

/** `sha1(sort([token, timestamp, nonce, ...]).join(''))` as lower-case hex: `signature`, and with Encrypt `msg_signature`. */
export function wechatSignature(...parts: string[]): string {
  return createHash('sha1').update([...parts].sort().join('')).digest('hex');
}

/** Compares a signature from the query in constant time; false for anything that is not 40 hex digits. */
export function signatureMatches(expected: string, given: string | undefined): boolean {
  if (!given || !/^[0-9a-f]{40}$/i.test(given)) return false;
  return timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(given.toLowerCase(), 'hex'));
}

/** How far WeChat's `timestamp` may be from our clock: its retries come within 15 s, a replay much later. */
export const MAX_CLOCK_SKEW_SECONDS = 300;

export function timestampFresh(timestamp: string, nowMs: number): boolean {
  if (!/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(Number(timestamp) - Math.floor(nowMs / 1000)) <= MAX_CLOCK_SKEW_SECONDS;
}

/** The 32-byte AES key of the security mode: base64 of the 43-character EncodingAESKey plus `=`. */
export function aesKeyOf(encodingAesKey: string): Buffer {
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  if (encodingAesKey.length !== 43 || key.length !== 32) throw new Error('EncodingAESKey must be 43 characters that decode to 32 bytes');
  return key;
}

const BLOCK = 32; // WeChat pads to 32-byte blocks (PKCS#7 with block size 32), not AES's 16.

/** Decrypts an `Encrypt` element: random(16) || length(4, big-endian) || message || appid; checks the appid. */
export function decryptMessage(encrypted: string, key: Buffer, appId: string): string {
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16));
  decipher.setAutoPadding(false);
  const padded = Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64')), decipher.final()]);
  const pad = padded[padded.length - 1];
  if (pad < 1 || pad > BLOCK) throw new Error('bad padding');
  const plain = padded.subarray(0, padded.length - pad);
  if (plain.length < 20) throw new Error('too short');
  const length = plain.readUInt32BE(16);
  if (20 + length > plain.length) throw new Error('bad length');
  const message = plain.subarray(20, 20 + length).toString('utf8');
  if (plain.subarray(20 + length).toString('utf8') !== appId) throw new Error('the message is for another app');
  return message;
}

/** Encrypts a reply the same way; `random` is 16 bytes (given only by tests, to compare with WeChat's vector). */
export function encryptMessage(message: string, key: Buffer, appId: string, random: Buffer = randomBytes(16)): string {
  const body = Buffer.from(message, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length, 0);
  const plain = Buffer.concat([random, length, body, Buffer.from(appId, 'utf8')]);
  const pad = BLOCK - (plain.length % BLOCK);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])), cipher.final()]).toString('base64');
}

/** A message or event as WeChat posts it, the fields we use. */
export interface WechatInbound {
  toUserName: string;
  fromUserName: string;
  createTime: string;
  msgType: string;
  content?: string;
  msgId?: string;
  picUrl?: string;
  mediaId?: string;
  format?: string;
  /** A voice message's speech as text, when the account has speech recognition on. */
  recognition?: string;
  event?: string;
}

/**
 * What a retry of the same post is recognised by: messages by MsgId (a 64-bit integer, kept as its digits),
 * events, which have none, by sender and creation time.
 */
export function inboundKey(message: WechatInbound): string {
  return message.msgId ? `msg:${message.msgId}` : `event:${message.fromUserName}:${message.createTime}:${message.event ?? ''}`;
}

/** R-IN-3 case numbers: CS-YYYYMMDD-NNNNNN. */
const CASE_NUMBER = /\bCS-(\d{8})-(\d{6,})\b/i;
/** A mainland mobile number's national digits (11, starting 13-19). */
const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

export type Identification = { by: 'case-number'; caseNumber: string } | { by: 'phone'; digits: string } | null;

/**
 * How an unknown follower identifies themselves: a case number, else a mainland mobile number in what they wrote
 * (138 0013 8000, +86-138-0013-8000; found and read by libphonenumber-js).
 */
export function identificationIn(text: string): Identification {
  const caseNumber = CASE_NUMBER.exec(text);
  if (caseNumber) return { by: 'case-number', caseNumber: `CS-${caseNumber[1]}-${caseNumber[2]}` };
  const mobile = findPhoneNumbersInText(text, 'CN')
    .map((found) => found.number)
    .find((n) => n.countryCallingCode === '86' && MAINLAND_MOBILE.test(n.nationalNumber));
  return mobile ? { by: 'phone', digits: mobile.nationalNumber } : null;
}

/** The mainland mobile number of a stored phone (`+86 138 0013 8000` -> `13800138000`), null for anything else. */
export function mobileDigits(phone: string | null | undefined): string | null {
  const parsed = phone ? parsePhoneNumberFromString(phone, 'CN') : undefined;
  return parsed && parsed.countryCallingCode === '86' && MAINLAND_MOBILE.test(parsed.nationalNumber) ? parsed.nationalNumber : null;
}

const CODE = '([A-Za-z0-9][A-Za-z0-9._/-]{0,99})';
const MODEL = new RegExp(`(?:产品型号|型号)\\s*[:：]?\\s*${CODE}|\\bmodel\\s*[:：]\\s*${CODE}`, 'i');
const SERIAL = new RegExp(`(?:序列号|机身号|机器编号)\\s*[:：]?\\s*${CODE}|\\b(?:serial(?: number| no\\.?)?|s/n)\\s*[:：]\\s*${CODE}`, 'i');

/**
 * The product a follower names in a chat message, where labels run inline ("复印机卡纸，型号：PX-2000 序列号
 * SN-1"), unlike mail's one-field-per-line template; null where not said (the agent completes it).
 */
export function productInChat(text: string): { productModel: string | null; serialNumber: string | null } {
  const first = (found: RegExpExecArray | null) => (found ? (found[1] ?? found[2] ?? null) : null);
  return { productModel: first(MODEL.exec(text)), serialNumber: first(SERIAL.exec(text)) };
}

/** The passive reply's texts (the account speaks Chinese; R-IN-6 keeps the customer told). */
export const REPLIES = {
  askToIdentify: '您好，这里是售后服务。为了给您建立服务单，请回复您登记的手机号，或您已有的服务单号（如 CS-20261123-000042）。',
  notFound: '没有找到与该号码对应的客户资料。请回复您登记的手机号或服务单号；也可拨打服务热线。',
  linked: (name: string) => `您好，${name}，已绑定您的客户资料。请直接描述故障现象，我们会为您建立服务单。`,
  opened: (caseNumber: string) => `已为您建立服务单 ${caseNumber}，工程师会尽快与您联系。回复本号可补充说明。`,
  added: (caseNumber: string) => `已将您的消息添加到服务单 ${caseNumber}。`,
  unsupported: '暂不支持这种消息，请发送文字、图片或语音。',
};
