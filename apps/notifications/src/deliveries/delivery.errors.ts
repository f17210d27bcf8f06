import { DomainError } from '@aftersales/platform-service-defaults';

/** The caller's login is not a person of the directory, so they have no inbox. */
export function inboxNotFound(subject: string): DomainError {
  return new DomainError('NOTIFICATIONS.INBOX_NOT_FOUND', `No person in the directory logs in as ${subject}`, 404);
}

/** Also what someone gets for another person's notice: no hint that it exists. */
export function inboxNoticeNotFound(id: string): DomainError {
  return new DomainError('NOTIFICATIONS.INBOX_NOTICE_NOT_FOUND', `No notice ${id} in your inbox`, 404);
}

/** A wrong or missing receipt token, or receipts switched off: nothing says the endpoint exists. */
export function receiptEndpointNotFound(): DomainError {
  return new DomainError('NOTIFICATIONS.RECEIPT_ENDPOINT_NOT_FOUND', 'Not found', 404);
}
