import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDateTime } from '@aftersales/contracts-core';
import type { ComplaintStanding } from '../complainants/domain/complainant.policy';
import { CONTACT_CHANNELS, CUSTOMER_KINDS } from './domain/customer';
import { ContactEntity, CustomerEntity, SiteEntity } from './infrastructure/customer.entity';

/** PII (R-IN-8): only staff working cases and the customer itself read these. */
export const contactViewSchema = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  preferredChannel: z.enum(CONTACT_CHANNELS),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ContactView = z.infer<typeof contactViewSchema>;

export const siteViewSchema = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  name: z.string(),
  address: z.string(),
  region: z.string().nullable(),
  timeZone: z.string().describe('IANA time zone of the site’s SLA calendars (R-SLA-6)'),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type SiteView = z.infer<typeof siteViewSchema>;

export const customerViewSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(CUSTOMER_KINDS),
  name: z.string(),
  contacts: z.array(contactViewSchema),
  sites: z.array(siteViewSchema),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  complaintStanding: z
    .object({ complainedBefore: z.boolean(), complaintCount: z.number().int(), openComplaints: z.number().int(), lastComplaintAt: isoDateTime.nullable() })
    .nullable()
    .describe('R-CP-5: the customer has complained before (from complaints): serve them with extra care; null when they never did'),
  version: z.number().int(),
});
export type CustomerView = z.infer<typeof customerViewSchema>;

export class CustomerResponse extends createZodDto(customerViewSchema) {}
export class ContactResponse extends createZodDto(contactViewSchema) {}
export class SiteResponse extends createZodDto(siteViewSchema) {}
export class CustomerPageResponse extends createZodDto(z.object({ items: z.array(customerViewSchema), nextCursor: z.uuid().nullable() })) {}
export class ContactPageResponse extends createZodDto(z.object({ items: z.array(contactViewSchema), nextCursor: z.uuid().nullable() })) {}
export class SitePageResponse extends createZodDto(z.object({ items: z.array(siteViewSchema), nextCursor: z.uuid().nullable() })) {}

export function toContactView(c: ContactEntity): ContactView {
  return {
    id: c.id,
    customerId: c.customerId,
    name: c.name,
    phone: c.phone,
    email: c.email,
    preferredChannel: c.preferredChannel,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export function toSiteView(s: SiteEntity): SiteView {
  return {
    id: s.id,
    customerId: s.customerId,
    name: s.name,
    address: s.address,
    region: s.region,
    timeZone: s.timeZone,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

export function toCustomerView(c: CustomerEntity, contacts: ContactEntity[], sites: SiteEntity[], standing: ComplaintStanding | null = null): CustomerView {
  return {
    id: c.id,
    code: c.code,
    kind: c.kind,
    name: c.name,
    contacts: contacts.map(toContactView),
    sites: sites.map(toSiteView),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    complaintStanding: standing?.complainedBefore ? standing : null,
    version: c.version,
  };
}
