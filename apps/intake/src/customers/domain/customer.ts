import { IANAZone } from 'luxon';

/** A customer (客户) is a person or a company that bought products; it has contacts and sites. */
export const CUSTOMER_KINDS = ['person', 'company'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

/** How a contact prefers to be reached (R-IN-1 channels that reach out, plus SMS for R-SLA-7 notices). */
export const CONTACT_CHANNELS = ['phone', 'sms', 'email', 'wechat', 'letter'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** `Asia/Shanghai`, `Europe/Berlin`, `UTC`: region names, not fixed offsets such as `+08:00` that ignore DST. */
const ZONE_NAME = /^(UTC|[A-Za-z]+(\/[A-Za-z0-9_+-]+)+)$/;

/**
 * A site's IANA time zone in its canonical spelling, or null when the runtime's time-zone database does not know
 * it. SLA calendars run in the site's zone (R-SLA-6), so an unknown one must be refused at the edge.
 */
export function canonicalTimeZone(zone: string): string | null {
  if (!ZONE_NAME.test(zone) || !IANAZone.isValidZone(zone)) return null;
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}

/** A customer code given by a caller (for instance from the ERP): letters, digits, dot, dash, underscore. */
export const CUSTOMER_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/** Why a contact cannot be reached on the channel they prefer, or null when they can. */
export function unreachableContact(contact: { phone: string | null; email: string | null; preferredChannel: ContactChannel }): string | null {
  if ((contact.preferredChannel === 'phone' || contact.preferredChannel === 'sms') && !contact.phone) {
    return `preferredChannel ${contact.preferredChannel} needs a phone number`;
  }
  if (contact.preferredChannel === 'email' && !contact.email) return 'preferredChannel email needs an email address';
  return null;
}
