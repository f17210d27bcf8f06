/**
 * Domestic SMS length (docs/notifications.md, "SMS"): every character counts one, the signature with its 【】
 * included; up to 70 is one segment, longer messages are split at 67 per segment.
 */
export function smsLength(signName: string, text: string): number {
  return [...`【${signName}】${text}`].length;
}

export function smsSegments(length: number): number {
  return length <= 70 ? 1 : Math.ceil(length / 67);
}
