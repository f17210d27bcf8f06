import { SignJWT } from 'jose';
import { createTokenVerifier, signDevToken } from './tokens';

const secret = 'unit-test-secret-0123456789abcdef0123';
const options = { hs256Secret: secret, issuer: 'aftersales', audience: 'aftersales-api' };
const verify = createTokenVerifier(options);
const sign = (over: Partial<Parameters<typeof signDevToken>[0]> = {}) => signDevToken({ role: 'agent', sub: 'u1', secret, issuer: 'aftersales', audience: 'aftersales-api', ...over });

describe('bearer tokens', () => {
  it('verifies a token and maps its roles and customer', async () => {
    expect(await verify(await sign({ role: 'customer', customerId: 'c-1' }))).toEqual({ sub: 'u1', roles: ['customer'], customerId: 'c-1', name: undefined });
  });

  it.each([
    ['another secret', { secret: 'another-secret-0123456789abcdef012345' }],
    ['another audience', { audience: 'someone-else' }],
    ['another issuer', { issuer: 'evil' }],
    ['an expired token', { expiresIn: '-1s' }],
  ])('refuses %s', async (_what, over) => {
    await expect(verify(await sign(over))).rejects.toThrow();
  });

  it('refuses a customer token without customer_id, and a token without a known role', async () => {
    await expect(verify(await sign({ role: 'customer' }))).rejects.toThrow(/customer_id/);
    await expect(verify('not.a.jwt')).rejects.toThrow();
  });

  it('carries an integrator token\'s readable subjects (the integrations service signs them)', async () => {
    expect(await verify(await sign({ role: 'integrator', sub: 'int-1', subjects: ['aftersales.intake.case.>'] }))).toEqual({
      sub: 'int-1',
      roles: ['integrator'],
      customerId: undefined,
      name: undefined,
      subjects: ['aftersales.intake.case.>'],
    });
  });

  it('needs exactly one way to verify', () => {
    expect(() => createTokenVerifier({ issuer: 'a', audience: 'b' })).toThrow(/exactly one/);
  });

  describe('lifetime (issue #8)', () => {
    const now = () => Math.floor(Date.now() / 1000);
    /** A token as any identity provider could sign it, claim by claim. */
    const raw = (claims: { exp?: number; iat?: number; nbf?: number }) => {
      const jwt = new SignJWT({ roles: ['agent'], ...claims }).setProtectedHeader({ alg: 'HS256' }).setSubject('u1').setIssuer('aftersales').setAudience('aftersales-api');
      return jwt.sign(new TextEncoder().encode(secret));
    };

    it('refuses a token without exp, which would never expire', async () => {
      await expect(verify(await raw({ iat: now() }))).rejects.toThrow(/exp/);
    });

    it('refuses a token that lives longer than the maximum (12 hours by default)', async () => {
      await expect(verify(await raw({ iat: now(), exp: now() + 12 * 3600 + 60 }))).rejects.toThrow(/lifetime/);
      // Issued long ago and still valid for a while: exp - iat counts, not only what is left.
      await expect(verify(await raw({ iat: now() - 11 * 3600, exp: now() + 2 * 3600 }))).rejects.toThrow(/lifetime/);
      // Without iat, what is left counts.
      await expect(verify(await raw({ exp: now() + 13 * 3600 }))).rejects.toThrow(/lifetime/);
      // An iat in the future cannot make a long-lived token look short.
      await expect(verify(await raw({ iat: now() + 12 * 3600, exp: now() + 12 * 3600 + 60 }))).rejects.toThrow();
    });

    it('accepts tokens within the maximum, with or without iat', async () => {
      await expect(verify(await raw({ iat: now(), exp: now() + 12 * 3600 }))).resolves.toMatchObject({ sub: 'u1' });
      await expect(verify(await raw({ exp: now() + 3600 }))).resolves.toMatchObject({ sub: 'u1' });
    });

    it('takes its maximum from the options (AUTH_MAX_TOKEN_LIFETIME_SECONDS)', async () => {
      const strict = createTokenVerifier({ ...options, maxLifetimeSeconds: 600 });
      await expect(strict(await raw({ iat: now(), exp: now() + 3600 }))).rejects.toThrow(/maximum of 600/);
      await expect(strict(await raw({ iat: now(), exp: now() + 600 }))).resolves.toMatchObject({ sub: 'u1' });
    });

    it('refuses a token not yet valid (nbf in the future), allowing a small clock skew', async () => {
      await expect(verify(await raw({ iat: now(), exp: now() + 3600, nbf: now() + 300 }))).rejects.toThrow(/nbf/);
      await expect(verify(await raw({ iat: now(), exp: now() + 3600, nbf: now() + 10 }))).resolves.toMatchObject({ sub: 'u1' });
    });

    it('gives no grace after exp', async () => {
      await expect(verify(await raw({ iat: now() - 60, exp: now() - 1 }))).rejects.toThrow(/exp/);
    });

    it('signs development tokens only within the maximum (npm run token)', async () => {
      await expect(sign({ expiresIn: '13h' })).rejects.toThrow(/at most 43200 s/);
      await expect(sign({ expiresIn: '2h', maxLifetimeSeconds: 3600 })).rejects.toThrow(/at most 3600 s/);
      await expect(verify(await sign())).resolves.toMatchObject({ sub: 'u1' });
    });
  });
});
