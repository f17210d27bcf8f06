import type { ServiceMode } from '@aftersales/contracts-core';
import type { CaseCategory } from './case-category';

export type { ServiceMode };

/** Categories that need an engineer's work on the unit or the site (R-DS-1); questions and software are handled by the hotline. */
const FIELD_WORK: readonly CaseCategory[] = ['fault-hardware', 'fault-network', 'installation'];

/** Faults an engineer can diagnose and often fix over a remote session (R-DS-2); hardware and installation need hands on the unit. */
const REMOTE_CAPABLE: readonly CaseCategory[] = ['fault-network'];

export interface ServiceModeChoice {
  /** null: no field work is needed, or the entitlement allows none of the field modes. */
  mode: ServiceMode | null;
  /** Why, for the case's activity log. */
  reason: string;
}

/**
 * The mode a case is dispatched in (R-DS-1, R-DS-2): remote first where the fault allows it, else on-site where
 * the entitlement allows it, else carry-in, else mail-in. Only modes in `allowed` (the entitlement's) are chosen.
 */
export function chooseServiceMode(category: CaseCategory, allowed: readonly ServiceMode[]): ServiceModeChoice {
  if (!FIELD_WORK.includes(category)) return { mode: null, reason: `${category} needs no field work` };
  if (REMOTE_CAPABLE.includes(category) && allowed.includes('remote')) {
    return { mode: 'remote', reason: `R-DS-2: ${category} is diagnosed remotely before anyone goes on site` };
  }
  for (const mode of ['on-site', 'carry-in', 'mail-in'] as const) {
    if (allowed.includes(mode)) return { mode, reason: `R-DS-1: ${category} needs work on the unit; ${mode} is the first entitled mode of on-site, carry-in, mail-in` };
  }
  return { mode: null, reason: `${category} needs work on the unit but the entitlement allows none of on-site, carry-in, mail-in (allowed: ${allowed.join(', ') || 'none'})` };
}
