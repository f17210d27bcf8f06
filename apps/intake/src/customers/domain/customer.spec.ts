import { canonicalTimeZone, unreachableContact } from './customer';

describe('canonicalTimeZone (R-SLA-6: clocks run in the site’s zone)', () => {
  it.each([
    ['Asia/Shanghai', 'Asia/Shanghai'],
    ['asia/shanghai', 'Asia/Shanghai'],
    ['europe/berlin', 'Europe/Berlin'],
    ['UTC', 'UTC'],
  ])('accepts %s as %s', (given, canonical) => {
    expect(canonicalTimeZone(given)).toBe(canonical);
  });

  it.each(['Mars/Olympus_Mons', '+08:00', 'GMT+8', 'Asia/', '', 'Asia/Shanghai; DROP TABLE'])('refuses %p', (given) => {
    expect(canonicalTimeZone(given)).toBeNull();
  });
});

describe('unreachableContact', () => {
  it('given a preferred channel without its address, then it says which is missing', () => {
    expect(unreachableContact({ phone: null, email: 'a@example.com', preferredChannel: 'sms' })).toMatch(/phone/);
    expect(unreachableContact({ phone: '+86 10 5555 0101', email: null, preferredChannel: 'email' })).toMatch(/email/);
  });

  it('given the address of the preferred channel, or a channel that needs none here, then it is reachable', () => {
    expect(unreachableContact({ phone: '+86 10 5555 0101', email: null, preferredChannel: 'phone' })).toBeNull();
    expect(unreachableContact({ phone: null, email: 'a@example.com', preferredChannel: 'email' })).toBeNull();
    expect(unreachableContact({ phone: null, email: null, preferredChannel: 'letter' })).toBeNull();
  });
});
