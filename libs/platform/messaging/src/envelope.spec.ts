import { eventEnvelopeSchema } from '@aftersales/contracts-core';
import { CaseOpenedV1 } from '@aftersales/contracts-intake';
import { buildEnvelope } from './envelope';
import { contractSubject, durableName, wireStreamName, wireSubject } from './naming';

describe('envelope and naming', () => {
  it('builds a valid envelope with a UUIDv7 id and the contract subject as type', () => {
    const e = buildEnvelope(CaseOpenedV1, { source: 'intake', aggregateId: 'agg-1', sequence: 3, data: CaseOpenedV1.example });
    expect(eventEnvelopeSchema.parse(e)).toBeTruthy();
    expect(e).toMatchObject({ type: 'aftersales.intake.case.opened.v1', source: 'intake', subject: 'agg-1', sequence: 3, causationId: null });
    expect(e.correlationId).toMatch(/^[0-9a-f]{8}-/);
    expect(e.correlationId).not.toBe(e.id);
    expect(e.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
  });

  it('refuses invalid data and a service publishing another service’s event', () => {
    expect(() => buildEnvelope(CaseOpenedV1, { source: 'intake', aggregateId: 'a', sequence: 1, data: { ...CaseOpenedV1.example, priority: 'P9' as 'P1' } })).toThrow(/Invalid data/);
    expect(() => buildEnvelope(CaseOpenedV1, { source: 'warranty', aggregateId: 'a', sequence: 1, data: CaseOpenedV1.example })).toThrow(/only intake/);
  });

  it('namespaces streams, subjects and durables for tests, and leaves production names alone', () => {
    expect(wireStreamName('', 'rma-inventory')).toBe('RMA');
    expect(wireStreamName('t_x', 'intake')).toBe('t_x_INTAKE');
    expect(wireSubject('t_x', 'aftersales.intake.case.opened.v1')).toBe('t_x.aftersales.intake.case.opened.v1');
    expect(contractSubject('t_x', 't_x.aftersales.intake.case.opened.v1')).toBe('aftersales.intake.case.opened.v1');
    expect(durableName('', 'warranty', 'determine-entitlement')).toBe('warranty__determine-entitlement');
  });
});
