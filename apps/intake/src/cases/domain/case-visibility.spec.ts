import { mayRead } from './case-visibility';

describe('who reads a case (R-IN-8)', () => {
  const shanghai = { customerId: 'c1', branchCode: 'BR-SH', assigneeId: 'eng-li' };
  const nanjing = { customerId: 'c1', branchCode: 'BR-NJ', assigneeId: null };

  it('given an engineer of BR-SH, then the cases of BR-SH and the ones they work on, not those of BR-NJ', () => {
    expect(mayRead({ sub: 'eng-wang', roles: ['engineer'], branch: 'BR-SH' }, shanghai)).toBe(true);
    expect(mayRead({ sub: 'eng-wang', roles: ['engineer'], branch: 'BR-SH' }, nanjing)).toBe(false);
    expect(mayRead({ sub: 'eng-li', roles: ['engineer'], branch: 'BR-NJ' }, shanghai)).toBe(true);
  });

  it('given a manager, an expert or central staff without a branch, then every case', () => {
    expect(mayRead({ sub: 'm', roles: ['manager'], branch: 'BR-SH' }, nanjing)).toBe(true);
    expect(mayRead({ sub: 'x', roles: ['expert'], branch: 'TC' }, nanjing)).toBe(true);
    expect(mayRead({ sub: 'a', roles: ['agent'] }, nanjing)).toBe(true);
  });

  it('given a customer, then only their own', () => {
    expect(mayRead({ sub: 'cust', roles: ['customer'], customerId: 'c1' }, nanjing)).toBe(true);
    expect(mayRead({ sub: 'cust', roles: ['customer'], customerId: 'c2' }, nanjing)).toBe(false);
  });
});
