import { slaBadCode } from './sla.errors';

const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** A plan code or calendar id from a path: 1-40 lower-case letters, digits and hyphens, else a 400. */
export function slaCode(kind: 'plan' | 'calendar', code: string): string {
  if (!CODE.test(code)) throw slaBadCode(kind);
  return code;
}
