import { VisitRuleViolation, arrive, completeVisit, diagnose, endIncomplete, inspectQuality, mergeParts, planRepair, recordTests, signOff, useParts } from './visit';

const at = (m: number) => new Date(Date.UTC(2026, 10, 23, 2, m)).toISOString();
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as VisitRuleViolation).code;
  }
  return 'none';
};
const sig = { customerName: 'Zhang San', signedAt: at(50), signatureBytes: 120, signatureSha256: 'ab' };

describe('visits (R-DS-4, R-DS-5, R-DS-8)', () => {
  it('given the repair procedure in order, then the visit completes with everything recorded', () => {
    let v = arrive(at(0));
    v = diagnose(v, 'PSU failing under load');
    v = planRepair(v, { steps: ['replace PSU'], materials: [{ partNumber: 'PSU-500W', quantity: 1 }], manpower: 1, estimatedHours: 1 });
    v = useParts(v, [{ partNumber: 'PSU-500W', quantity: 1 }], { customerName: 'Zhang San', consentedAt: at(10) });
    v = recordTests(v, [{ name: 'load test', passed: true, at: at(40) }]);
    v = inspectQuality(v, { passed: true, inspector: 'Li Wei', at: at(45) });
    v = signOff(v, sig);
    v = completeVisit(v, 'Replaced the PSU', at(55));
    expect(v).toMatchObject({ status: 'completed', resolution: 'Replaced the PSU', endedAt: at(55), partsUsed: [{ partNumber: 'PSU-500W', quantity: 1 }] });
  });

  it('refuses steps out of order: plan before diagnosis, parts without consent, inspection before tests, sign-off before a passed inspection, completion without sign-off', () => {
    const v = arrive(at(0));
    expect(code(() => planRepair(v, { steps: [], materials: [], manpower: 1, estimatedHours: 1 }))).toBe('DISPATCH.DIAGNOSIS_FIRST');
    expect(code(() => useParts(v, [{ partNumber: 'X', quantity: 1 }], null))).toBe('DISPATCH.PARTS_CONSENT_REQUIRED');
    const d = diagnose(v, 'x');
    expect(code(() => inspectQuality(d, { passed: true, inspector: 'a', at: at(1) }))).toBe('DISPATCH.TESTS_FIRST');
    const failed = recordTests(d, [{ name: 't', passed: false, at: at(2) }]);
    expect(code(() => inspectQuality(failed, { passed: true, inspector: 'a', at: at(3) }))).toBe('DISPATCH.FAILED_TESTS');
    const rejected = inspectQuality(failed, { passed: false, inspector: 'a', at: at(3) });
    expect(code(() => signOff(rejected, sig))).toBe('DISPATCH.QUALITY_CHECK_FIRST');
    expect(code(() => completeVisit(rejected, 'done', at(4)))).toBe('DISPATCH.SIGN_OFF_REQUIRED');
  });

  it('given a new test after the inspection, then the inspection and sign-off must be done again', () => {
    let v = recordTests(diagnose(arrive(at(0)), 'x'), [{ name: 't', passed: true, at: at(1) }]);
    v = signOff(inspectQuality(v, { passed: true, inspector: 'a', at: at(2) }), sig);
    v = recordTests(v, [{ name: 't2', passed: true, at: at(3) }]);
    expect([v.qualityCheck, v.signOff]).toEqual([null, null]);
  });

  it('given parts missing, then the visit ends incomplete with the reason, the next visit and the standby unit lent (R-DS-5)', () => {
    const v = endIncomplete(
      diagnose(arrive(at(0)), 'mainboard dead'),
      { reasonCode: 'awaiting-parts', reason: 'mainboard not in stock', nextVisitAt: '2026-11-25T02:00:00.000Z', standbyUnit: { serialNumber: 'SB-1', productModel: 'PX-2000' } },
      at(30),
    );
    expect(v).toMatchObject({ status: 'incomplete', endedAt: at(30), incomplete: { reasonCode: 'awaiting-parts', standbyUnit: { serialNumber: 'SB-1', lentAt: at(30) } } });
    expect(code(() => diagnose(v, 'again'))).toBe('DISPATCH.VISIT_ENDED');
    expect(code(() => endIncomplete(arrive(at(0)), { reasonCode: 'other', reason: 'x', nextVisitAt: at(10), standbyUnit: null }, at(30)))).toBe('DISPATCH.NEXT_VISIT_IN_PAST');
  });

  it('adds up the same part', () => {
    expect(mergeParts([{ partNumber: 'A', quantity: 1 }, { partNumber: 'B', quantity: 2 }, { partNumber: 'A', quantity: 3 }])).toEqual([
      { partNumber: 'A', quantity: 4 },
      { partNumber: 'B', quantity: 2 },
    ]);
  });
});
