import { z } from 'zod';

/**
 * Who must be told of a complaint event (the notifications service delivers it): the complaint officer, the
 * officer's manager, management, the customer or the technical center; a user id when one person is meant.
 */
export const complaintNotify = z
  .array(
    z.object({
      audience: z.enum(['officer', 'manager', 'management', 'customer', 'technical-center']),
      userId: z.string().nullable().describe('The person, when known (a subject); null: whoever holds that role'),
    }),
  )
  .describe('Who must be told');
export type ComplaintNotify = z.infer<typeof complaintNotify>;

/** R-CP-4: the two committed deadlines of a complaint. */
export const complaintDeadlineKind = z.enum(['acknowledgement', 'handling']);

/** What the company gives the complainant: money and service credit in minor units (fen), and goods. */
export const complaintCompensation = z.object({
  amountMinor: z.number().int().min(0).describe('Money, in minor units of the currency'),
  serviceCreditMinor: z.number().int().min(0).describe('Service credit, in minor units of the currency'),
  currency: z.string().length(3),
  goods: z.string().nullable().describe('Goods given, e.g. a replacement toner kit'),
});
export type ComplaintCompensation = z.infer<typeof complaintCompensation>;

/** R-CP-6: what caused the complaint, recorded at resolution. */
export const complaintRootCause = z.enum(['product-quality', 'service-conduct', 'process', 'parts', 'logistics']);
