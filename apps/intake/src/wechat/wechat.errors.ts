import { DomainError } from '@aftersales/platform-service-defaults';

/** The channel is off (WECHAT_ENABLED): as if the endpoint were not there. */
export function wechatDisabled(): DomainError {
  return new DomainError('INTAKE.WECHAT_DISABLED', 'The WeChat channel is not enabled on this platform', 404);
}

/** The callback is not WeChat's: the signature over token, timestamp and nonce does not match, or it is stale. */
export function wechatBadSignature(): DomainError {
  return new DomainError('INTAKE.WECHAT_BAD_SIGNATURE', 'The signature, timestamp or nonce of the callback is missing, wrong or too old', 403);
}

/** The body is not a WeChat message: not XML, or without the fields every message has. */
export function wechatBadMessage(detail: string): DomainError {
  return new DomainError('INTAKE.WECHAT_BAD_MESSAGE', `The body is not a WeChat message: ${detail}`, 400);
}
