import { createHmac } from 'node:crypto';

/**
 * Aliyun's RPC request signature, version 1.0 (HMAC-SHA1), as its 签名机制 page gives it: every parameter but
 * Signature sorted by name; names and values percent-encoded in UTF-8 with only A-Z a-z 0-9 - _ . ~ literal (space
 * as %20, * as %2A); joined with = and &; StringToSign = METHOD & %2F & percentEncode(that string); Signature =
 * Base64(HMAC-SHA1(AccessKeySecret + "&", StringToSign)). Pure.
 */
export function aliyunPercentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function aliyunStringToSign(method: string, params: Record<string, string>): string {
  const canonical = Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort()
    .map((k) => `${aliyunPercentEncode(k)}=${aliyunPercentEncode(params[k])}`)
    .join('&');
  return `${method.toUpperCase()}&${aliyunPercentEncode('/')}&${aliyunPercentEncode(canonical)}`;
}

export function aliyunRpcSignature(method: string, params: Record<string, string>, accessKeySecret: string): string {
  return createHmac('sha1', `${accessKeySecret}&`).update(aliyunStringToSign(method, params), 'utf8').digest('base64');
}

/** Aliyun's Timestamp: UTC ISO 8601 to the second, yyyy-MM-ddTHH:mm:ssZ. */
export function aliyunTimestamp(at: Date): string {
  return `${at.toISOString().slice(0, 19)}Z`;
}
