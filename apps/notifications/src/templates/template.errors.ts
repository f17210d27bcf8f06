import { DomainError } from '@aftersales/platform-service-defaults';

/** A notice without a template is a configuration bug: the delivery records it as its failure reason. */
export function templateMissing(notice: string, language: string, channel: string): DomainError {
  return new DomainError('NOTIFICATIONS.TEMPLATE_MISSING', `No ${channel} template for ${notice} in ${language}`, 422);
}
