import { chooseServiceMode } from './service-mode.policy';

const IN_WARRANTY = ['phone', 'remote', 'on-site', 'carry-in', 'mail-in'] as const;
const OUT_OF_WARRANTY = ['phone', 'remote', 'paid-service', 'carry-in'] as const;

describe('service mode of a dispatched case (R-DS-1, R-DS-2)', () => {
  it('given a hardware fault in warranty with on-site cover, when the mode is chosen, then on-site', () => {
    expect(chooseServiceMode('fault-hardware', IN_WARRANTY).mode).toBe('on-site');
  });

  it('given a hardware fault in warranty without on-site cover, then carry-in', () => {
    expect(chooseServiceMode('fault-hardware', ['phone', 'remote', 'carry-in', 'mail-in']).mode).toBe('carry-in');
  });

  it('given an out-of-warranty hardware fault, then carry-in (paid), never on-site', () => {
    expect(chooseServiceMode('fault-hardware', OUT_OF_WARRANTY).mode).toBe('carry-in');
  });

  it('given only mail-in among the field modes, then mail-in', () => {
    expect(chooseServiceMode('installation', ['phone', 'mail-in']).mode).toBe('mail-in');
  });

  it('given a network fault with remote allowed, then remote before on-site (R-DS-2)', () => {
    const choice = chooseServiceMode('fault-network', IN_WARRANTY);
    expect(choice.mode).toBe('remote');
    expect(choice.reason).toContain('R-DS-2');
  });

  it('given a network fault without remote, then on-site', () => {
    expect(chooseServiceMode('fault-network', ['phone', 'on-site', 'carry-in']).mode).toBe('on-site');
  });

  it('given an installation, then on-site even though remote is allowed: it needs hands on the site', () => {
    expect(chooseServiceMode('installation', IN_WARRANTY).mode).toBe('on-site');
  });

  it('given a software fault, a question or a complaint, then no field work whatever is allowed', () => {
    for (const category of ['fault-software', 'consultation', 'upgrade', 'return-exchange', 'complaint'] as const) {
      expect(chooseServiceMode(category, IN_WARRANTY)).toMatchObject({ mode: null, reason: `${category} needs no field work` });
    }
  });

  it('given a hardware fault and no field mode allowed, then none, with the reason', () => {
    const choice = chooseServiceMode('fault-hardware', ['phone', 'remote', 'paid-service']);
    expect(choice.mode).toBeNull();
    expect(choice.reason).toContain('allows none');
  });
});
