import { createHash, createHmac } from 'node:crypto';

/**
 * Tencent Cloud API 3.0 request signature, TC3-HMAC-SHA256 (the SDK's common/sign): a canonical request of the POST
 * with the content-type and host headers signed and the hex SHA-256 of the payload; a string to sign of the
 * algorithm, the timestamp, the credential scope `<UTC date>/<service>/tc3_request` and the canonical request's
 * hash; a key derived from "TC3" + SecretKey through the date, the service and "tc3_request". Pure.
 */
export const TC3_CONTENT_TYPE = 'application/json; charset=utf-8';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (key: string | Buffer, s: string) => createHmac('sha256', key).update(s, 'utf8').digest();

export interface Tc3Input {
  secretId: string;
  secretKey: string;
  service: string;
  host: string;
  /** Unix seconds (X-TC-Timestamp). */
  timestamp: number;
  payload: string;
}

export function tc3Date(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

export function tc3Signature(i: Tc3Input): string {
  const canonicalRequest = ['POST', '/', '', `content-type:${TC3_CONTENT_TYPE}\nhost:${i.host}\n`, 'content-type;host', sha256(i.payload)].join('\n');
  const date = tc3Date(i.timestamp);
  const stringToSign = ['TC3-HMAC-SHA256', String(i.timestamp), `${date}/${i.service}/tc3_request`, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(`TC3${i.secretKey}`, date), i.service), 'tc3_request');
  return createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
}

/** The Authorization header (note the ", " separators, unlike Aliyun's). */
export function tc3Authorization(i: Tc3Input): string {
  return `TC3-HMAC-SHA256 Credential=${i.secretId}/${tc3Date(i.timestamp)}/${i.service}/tc3_request, SignedHeaders=content-type;host, Signature=${tc3Signature(i)}`;
}
