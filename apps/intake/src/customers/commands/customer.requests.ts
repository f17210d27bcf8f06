import { z } from 'zod';
import { CONTACT_CHANNELS, CUSTOMER_CODE, CUSTOMER_KINDS, canonicalTimeZone } from '../domain/customer';

const text = (max: number) => z.string().trim().min(1).max(max);
const phone = z
  .string()
  .trim()
  .regex(/^\+?(?=(?:\D*\d){3})[0-9 ()./-]{3,49}$/, 'must be a phone number: at least 3 digits, spaces, ( ) . / - and an optional leading +');

export const contactFields = {
  name: text(200),
  phone: phone.nullable().optional(),
  email: z.email().max(254).nullable().optional(),
  preferredChannel: z.enum(CONTACT_CHANNELS).describe('How the contact prefers to be reached'),
};

export const siteFields = {
  name: text(200),
  address: text(500),
  region: text(50).nullable().optional().describe('For dispatch by region (R-DS-3)'),
  timeZone: z
    .string()
    .max(64)
    .refine((zone) => canonicalTimeZone(zone) !== null, 'must be an IANA time zone such as Asia/Shanghai')
    .describe('IANA time zone (R-SLA-6)'),
};

export const customerFields = {
  kind: z.enum(CUSTOMER_KINDS).describe('A person or a company'),
  name: text(200).describe('Chinese or any other script'),
  code: z
    .string()
    .regex(CUSTOMER_CODE, 'letters, digits, . _ - ; at most 40')
    .describe('Unique customer code, e.g. from the ERP; assigned (CU-YYYYMMDD-NNNNNN) when left out'),
};

const notEmpty = (v: object) => Object.keys(v).length > 0;
export const nothingToChange = { message: 'name at least one field to change' };

export const contactSchema = z.strictObject(contactFields);
export const contactPatchSchema = z.strictObject(contactFields).partial().refine(notEmpty, nothingToChange);
export const siteSchema = z.strictObject(siteFields);
export const sitePatchSchema = z.strictObject(siteFields).partial().refine(notEmpty, nothingToChange);
export const customerSchema = z.strictObject({
  ...customerFields,
  code: customerFields.code.optional(),
  contacts: z.array(contactSchema).max(20).optional(),
  sites: z.array(siteSchema).max(50).optional(),
});
export const customerPatchSchema = z.strictObject(customerFields).partial().refine(notEmpty, nothingToChange);

export type ContactInput = z.infer<typeof contactSchema>;
export type ContactPatch = z.infer<typeof contactPatchSchema>;
export type SiteInput = z.infer<typeof siteSchema>;
export type SitePatch = z.infer<typeof sitePatchSchema>;
export type CustomerInput = z.infer<typeof customerSchema>;
export type CustomerPatch = z.infer<typeof customerPatchSchema>;
