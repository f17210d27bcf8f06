import { breakingChanges } from './compatibility';

const v1 = {
  type: 'object',
  properties: {
    caseId: { type: 'string', format: 'uuid' },
    priority: { type: 'string', enum: ['P1', 'P2', 'P3', 'P4'] },
    region: { type: ['string', 'null'] },
    lines: { type: 'array', items: { type: 'object', properties: { quantity: { type: 'integer' } }, required: ['quantity'] } },
  },
  required: ['caseId', 'priority', 'lines'],
};
const clone = () => JSON.parse(JSON.stringify(v1));

describe('breaking-change guard within a major version', () => {
  it('accepts the same schema, a new optional field, a new enum value and a narrowed type', () => {
    const next = clone();
    next.properties.note = { type: 'string' };
    next.properties.priority.enum.push('P5');
    next.properties.region = { type: 'string' };
    next.properties.caseId.description = 'reworded';
    expect(breakingChanges(v1, next)).toEqual([]);
  });

  it.each([
    ['a removed field', (s: any) => delete s.properties.caseId, 'data.caseId: removed'],
    ['a field no longer required', (s: any) => (s.required = ['caseId', 'lines']), 'data.priority: no longer required'],
    ['a new required field', (s: any) => ((s.properties.x = { type: 'string' }), s.required.push('x')), 'data.x: added as required'],
    ['a changed type', (s: any) => (s.properties.caseId = { type: 'integer' }), 'data.caseId: type string became integer'],
    ['a widened type (now nullable)', (s: any) => (s.properties.caseId.type = ['string', 'null']), 'data.caseId: type string became string|null'],
    ['a removed enum value', (s: any) => (s.properties.priority.enum = ['P1', 'P2', 'P3']), 'enum values removed: P4'],
    ['a changed format', (s: any) => (s.properties.caseId.format = 'email'), 'format uuid became email'],
    ['a nested change in array items', (s: any) => delete s.properties.lines.items.properties.quantity, 'data.lines[].quantity: removed'],
  ])('refuses %s', (_what, mutate, expected) => {
    const next = clone();
    mutate(next);
    expect(breakingChanges(v1, next).join('\n')).toContain(expected);
  });
});
