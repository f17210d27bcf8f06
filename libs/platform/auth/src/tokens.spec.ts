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

  it('needs exactly one way to verify', () => {
    expect(() => createTokenVerifier({ issuer: 'a', audience: 'b' })).toThrow(/exactly one/);
  });
});
