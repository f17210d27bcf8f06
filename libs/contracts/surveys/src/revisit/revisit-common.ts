import { z } from 'zod';

/** Why a revisit (回访) exists (R-SV-2): after a service, or on the schedule of a service contract. */
export const revisitKind = z.enum(['after-service', 'contract-periodic']);
