/**
 * Tencent Cloud SMS codes worth another attempt later (docs/notifications.md, "SMS"): its internal errors
 * (InternalError.*, e.g. a timeout: retried with the same SessionContext) and frequency limits (LimitExceeded.*, the
 * backoff waits past the window). FailedOperation.*, InvalidParameter*, UnauthorizedOperation.* and the rest say the
 * request is bad (signature or template not approved, a number on the blacklist, an IP not allowed): permanent.
 */
export function tencentCodeIsRetryable(code: string): boolean {
  return code.startsWith('InternalError') || code.startsWith('LimitExceeded') || code === 'RequestLimitExceeded';
}
