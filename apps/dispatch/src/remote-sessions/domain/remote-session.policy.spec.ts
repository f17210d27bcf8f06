import { RemoteRuleViolation, checkConsent, mayGoOnSite, modeAfterSession } from './remote-session.policy';

describe('remote sessions (R-DS-1, R-DS-2)', () => {
  it('given a remote order, then it goes on site only once a session found it needs to', () => {
    expect(mayGoOnSite('remote')).toBe(false);
    expect(modeAfterSession('remote', 'resolved')).toBe('remote');
    expect(modeAfterSession('remote', 'needs-on-site')).toBe('on-site');
    expect(modeAfterSession('remote', 'needs-parts')).toBe('on-site');
    expect(mayGoOnSite(modeAfterSession('remote', 'needs-on-site'))).toBe(true);
  });

  it('refuses a consent given after the session started', () => {
    expect(() => checkConsent(new Date('2026-11-23T08:01:00Z'), new Date('2026-11-23T08:00:00Z'))).toThrow(RemoteRuleViolation);
    expect(() => checkConsent(new Date('2026-11-23T08:00:00Z'), new Date('2026-11-23T08:00:00Z'))).not.toThrow();
  });
});
