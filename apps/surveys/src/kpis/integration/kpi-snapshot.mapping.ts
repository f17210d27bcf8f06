import { KpiSnapshotV1Data } from '@aftersales/contracts-surveys';
import { Period } from '../domain/periods';
import { KpiSnapshot } from '../infrastructure/kpi-snapshot.reader';

/** The payload of kpi.snapshot.v1: the only place it is built. */
export function kpiSnapshotData(period: Period, zone: string, s: KpiSnapshot, takenAt: Date): KpiSnapshotV1Data {
  return {
    periodKind: period.kind,
    periodStart: period.start,
    periodEnd: period.end,
    timeZone: zone,
    definitionVersion: s.version,
    figures: s.figures.map((f) => ({ code: f.code, kind: f.kind, value: f.value, numerator: f.numerator, denominator: f.denominator, target: f.target, meetsTarget: f.meetsTarget })),
    shortfalls: s.shortfalls.slice(0, 100),
    shortfallCount: s.shortfalls.length,
    takenAt: takenAt.toISOString(),
  };
}
