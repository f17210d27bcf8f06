import { isWithin } from './calendar-days';
import type { Coverage, RuleOutcome } from './entitlement.types';

/** A service contract or extended warranty (延保, 服务协议) bought for a unit (R-WA-6). */
export interface ServiceContractTerms {
  contractId: string;
  contractNumber: string;
  tier: '5x8' | '7x24';
  /** The SLA plan intake runs the case's clocks on (`standard`, `premium-7x24`). */
  slaPlanCode: string;
  /** First and last covered day, inclusive, in the warranty time zone. */
  startsOn: string;
  endsOn: string;
  coverage: Coverage;
  /** The contract's targets; with `runClocks` they (and the tier's calendar) replace the plan's in intake. */
  targets?: { responseMinutes: number; onSiteMinutes: number; fixMinutes: number | null; runClocks?: boolean; calendarId?: string };
}

/** The SLA terms intake runs the case on, when the contract carries its own (R-WA-6); null: the plan's. */
export interface SlaTerms {
  responseMinutes: number;
  onSiteMinutes: number;
  fixMinutes: number | null;
  calendar: 'business' | '24x7';
  calendarId: string;
}

export function contractSlaTerms(contract: ServiceContractTerms | null): SlaTerms | null {
  const t = contract?.targets;
  if (!contract || !t?.runClocks) return null;
  return { responseMinutes: t.responseMinutes, onSiteMinutes: t.onSiteMinutes, fixMinutes: t.fixMinutes, calendar: contract.tier === '7x24' ? '24x7' : 'business', calendarId: t.calendarId ?? 'business' };
}

/** The contract in force on the day, if any; the latest-starting one wins when several overlap. */
export function activeContract(contracts: readonly ServiceContractTerms[], day: string): ServiceContractTerms | null {
  const active = contracts.filter((c) => isWithin(day, c.startsOn, c.endsOn));
  return active.sort((a, b) => (a.startsOn === b.startsOn ? a.contractNumber.localeCompare(b.contractNumber) : a.startsOn < b.startsOn ? 1 : -1))[0] ?? null;
}

/** R-WA-6: a contract in force on the day covers the unit (even after the product warranty), with its own SLA plan. */
export function evaluateContract(contracts: readonly ServiceContractTerms[], day: string): { contract: ServiceContractTerms | null; rule: RuleOutcome } {
  if (contracts.length === 0) return { contract: null, rule: { rule: 'R-WA-6', outcome: 'not-applicable', detail: 'no service contract for this unit' } };
  const contract = activeContract(contracts, day);
  if (!contract) {
    const terms = contracts.map((c) => `${c.contractNumber} (${c.startsOn} to ${c.endsOn})`).join(', ');
    return { contract: null, rule: { rule: 'R-WA-6', outcome: 'failed', detail: `no service contract in force on ${day}: ${terms}` } };
  }
  return {
    contract,
    rule: {
      rule: 'R-WA-6',
      outcome: 'passed',
      detail: `service contract ${contract.contractNumber} (${contract.tier}, SLA plan ${contract.slaPlanCode}) in force from ${contract.startsOn} to ${contract.endsOn} inclusive covers ${day}`,
    },
  };
}

/** R-WA-8: software upgrades are free within the contract term. */
export function evaluateSoftwareUpgrades(contract: ServiceContractTerms | null): { free: boolean; rule: RuleOutcome } {
  if (!contract) return { free: false, rule: { rule: 'R-WA-8', outcome: 'not-applicable', detail: 'no service contract in force: software upgrades are not free under a contract' } };
  return { free: true, rule: { rule: 'R-WA-8', outcome: 'passed', detail: `software upgrades are free until ${contract.endsOn} (contract ${contract.contractNumber})` } };
}

export function unionCoverage(a: Coverage, b: Coverage): Coverage {
  return { parts: a.parts || b.parts, labour: a.labour || b.labour, onSite: a.onSite || b.onSite, travel: a.travel || b.travel };
}
