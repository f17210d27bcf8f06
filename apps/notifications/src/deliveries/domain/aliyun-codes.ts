/**
 * Aliyun SendSms answer codes worth another attempt later (docs/notifications.md, "SMS"): system errors, API
 * throttling, and one number's flow control (the backoff waits past its minute window). Everything else that is
 * not OK (bad number, template or signature not approved, parameters, balance, account) is permanent: retrying
 * would get the same answer.
 */
export function aliyunCodeIsRetryable(code: string): boolean {
  return code === 'isp.SYSTEM_ERROR' || code.startsWith('Throttling') || code === 'isv.BUSINESS_LIMIT_CONTROL';
}
