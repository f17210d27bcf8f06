import { InvalidSubjectPatternError, checkSubjectPattern, mayRead, patternCovers, withinScope } from './subject-scope';

describe('R-IG-3: the subjects an integrator may read', () => {
  it.each([
    ['aftersales.intake.case.>', 'aftersales.intake.case.opened.v1', true],
    ['aftersales.intake.case.>', 'aftersales.intake.case.>', true],
    ['aftersales.intake.case.>', 'aftersales.intake.case.*.v1', true],
    ['aftersales.intake.case.>', 'aftersales.intake.>', false],
    ['aftersales.intake.case.>', 'aftersales.intake.case', false],
    ['aftersales.intake.case.>', 'aftersales.dispatch.work-order.assigned.v1', false],
    ['aftersales.*.case.closed.v1', 'aftersales.intake.case.closed.v1', true],
    ['aftersales.*.case.closed.v1', 'aftersales.*.case.closed.v1', true],
    ['aftersales.*.case.closed.v1', 'aftersales.intake.case.closed.v2', false],
    ['aftersales.intake.case.opened.v1', 'aftersales.intake.case.*', false],
    ['aftersales.intake.case.opened.v1', 'aftersales.intake.case.opened.v1', true],
    ['aftersales.>', 'aftersales.rma.rma.opened.v1', true],
  ])('scope %s covers %s: %s', (pattern, filter, expected) => {
    expect(patternCovers(pattern, filter)).toBe(expected);
  });

  it('a filter is within the scope when any one of its patterns covers it', () => {
    const scope = ['aftersales.intake.case.>', 'aftersales.dispatch.work-order.completed.v1'];
    expect(withinScope(scope, 'aftersales.dispatch.work-order.completed.v1')).toBe(true);
    expect(withinScope(scope, 'aftersales.dispatch.work-order.>')).toBe(false);
    expect(mayRead(scope, 'aftersales.intake.case.closed.v1')).toBe(true);
    expect(mayRead([], 'aftersales.intake.case.closed.v1')).toBe(false);
  });

  it.each(['intake.case.>', 'aftersales', 'aftersales.>.case', 'aftersales.Intake.case', 'aftersales..case', 'aftersales.intake case'])('refuses the pattern %s', (pattern) => {
    expect(() => checkSubjectPattern(pattern)).toThrow(InvalidSubjectPatternError);
  });

  it.each(['aftersales.>', 'aftersales.intake.case.>', 'aftersales.*.case.closed.v1', 'aftersales.rma.rma.opened.v1'])('accepts the pattern %s', (pattern) => {
    expect(() => checkSubjectPattern(pattern)).not.toThrow();
  });
});
