import { IntegratorAlreadyRevokedError, mayGetToken, revoke } from './integrator-lifecycle';

describe('R-IG-2: revoking an integrator', () => {
  it('given an active integrator, when revoked, it is revoked and gets no token', () => {
    expect(revoke('active')).toBe('revoked');
    expect(mayGetToken('revoked')).toBe(false);
    expect(mayGetToken('active')).toBe(true);
  });

  it('given a revoked integrator, revoking it again is refused', () => {
    expect(() => revoke('revoked')).toThrow(IntegratorAlreadyRevokedError);
  });
});
