import type { RuleOutcome } from '../../entitlements/domain/entitlement.types';

/**
 * Paid service fees (R-DS-7): parts + labour (+ travel for an on-site visit), less what a service package the customer
 * bought covers. Money is integer minor units (fen, cents) in one currency; labour is rounded half up to the minor unit.
 */

export interface PriceList {
  code: string;
  currency: string;
  labourRatePerHourMinor: number;
  /** Charged once for an on-site visit; 0 when the price list charges no travel. */
  travelFeeMinor: number;
  /** Unit price of each part number. */
  parts: Readonly<Record<string, number>>;
}

/** What a bought service package (服务包) still covers on this quote. */
export interface PackageCover {
  packageNumber: string;
  labourMinutes: number;
  travel: boolean;
  partsAllowanceMinor: number;
}

export interface QuoteInput {
  priceList: PriceList;
  parts: readonly { partNumber: string; quantity: number }[];
  labourMinutes: number;
  onSite: boolean;
  servicePackage: PackageCover | null;
}

export interface QuoteLine {
  kind: 'part' | 'labour' | 'travel';
  description: string;
  quantity: number;
  unitPriceMinor: number;
  amountMinor: number;
}

export interface QuoteDeduction {
  kind: 'part' | 'labour' | 'travel';
  amountMinor: number;
  detail: string;
}

export interface Quote {
  currency: string;
  lines: QuoteLine[];
  subtotalMinor: number;
  deductions: QuoteDeduction[];
  totalMinor: number;
  rules: RuleOutcome[];
}

export class UnknownPartError extends Error {
  constructor(readonly partNumbers: string[]) {
    super(`not on the price list: ${partNumbers.join(', ')}`);
  }
}

/** Labour for `minutes` at an hourly rate, rounded half up to the minor unit, in integers only. */
export function labourAmount(ratePerHourMinor: number, minutes: number): number {
  return Math.floor((ratePerHourMinor * minutes + 30) / 60);
}

export function priceQuote(input: QuoteInput): Quote {
  const { priceList: pl } = input;
  const unknown = input.parts.filter((p) => pl.parts[p.partNumber] === undefined).map((p) => p.partNumber);
  if (unknown.length) throw new UnknownPartError([...new Set(unknown)]);

  const lines: QuoteLine[] = input.parts.map((p) => ({
    kind: 'part',
    description: `part ${p.partNumber}`,
    quantity: p.quantity,
    unitPriceMinor: pl.parts[p.partNumber],
    amountMinor: pl.parts[p.partNumber] * p.quantity,
  }));
  if (input.labourMinutes > 0) {
    lines.push({
      kind: 'labour',
      description: `labour ${input.labourMinutes} min at ${pl.labourRatePerHourMinor}/h`,
      quantity: input.labourMinutes,
      unitPriceMinor: pl.labourRatePerHourMinor,
      amountMinor: labourAmount(pl.labourRatePerHourMinor, input.labourMinutes),
    });
  }
  const travelCharged = input.onSite && pl.travelFeeMinor > 0;
  if (travelCharged) lines.push({ kind: 'travel', description: 'travel for the on-site visit', quantity: 1, unitPriceMinor: pl.travelFeeMinor, amountMinor: pl.travelFeeMinor });
  const subtotalMinor = sum(lines.map((l) => l.amountMinor));

  const deductions: QuoteDeduction[] = [];
  const pkg = input.servicePackage;
  if (pkg) {
    const partsAmount = sum(lines.filter((l) => l.kind === 'part').map((l) => l.amountMinor));
    const parts = Math.min(partsAmount, pkg.partsAllowanceMinor);
    if (parts > 0) deductions.push({ kind: 'part', amountMinor: parts, detail: `package ${pkg.packageNumber}: parts allowance ${pkg.partsAllowanceMinor}` });
    const minutes = Math.min(input.labourMinutes, pkg.labourMinutes);
    const labourLine = lines.find((l) => l.kind === 'labour');
    // The package's minutes are worth what the same minutes cost on this quote, never more than the labour line.
    const labour = labourLine ? Math.min(labourLine.amountMinor, labourAmount(pl.labourRatePerHourMinor, minutes)) : 0;
    if (labour > 0) deductions.push({ kind: 'labour', amountMinor: labour, detail: `package ${pkg.packageNumber}: ${minutes} of ${pkg.labourMinutes} labour minutes` });
    if (travelCharged && pkg.travel) deductions.push({ kind: 'travel', amountMinor: pl.travelFeeMinor, detail: `package ${pkg.packageNumber}: travel included` });
  }
  const totalMinor = subtotalMinor - sum(deductions.map((d) => d.amountMinor));
  const rules: RuleOutcome[] = [
    { rule: 'R-DS-7', outcome: 'passed', detail: `parts + labour${travelCharged ? ' + travel' : ''} = ${subtotalMinor} ${pl.currency} on price list ${pl.code}` },
    pkg
      ? { rule: 'R-DS-7', outcome: 'passed', detail: `less ${subtotalMinor - totalMinor} ${pl.currency} covered by service package ${pkg.packageNumber}` }
      : { rule: 'R-DS-7', outcome: 'not-applicable', detail: 'no service package in force: nothing deducted' },
  ];
  return { currency: pl.currency, lines, subtotalMinor, deductions, totalMinor, rules };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
