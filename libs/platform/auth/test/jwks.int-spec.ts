/**
 * Production tokens come from an identity provider that publishes its keys as a JWKS: the verifier fetches them
 * over HTTP, accepts what they signed, and refuses everything else (another key, an HS256 token, a wrong audience).
 */
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { createTokenVerifier, signDevToken } from '../src';

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

describe('bearer tokens verified against a JWKS endpoint', () => {
  let server: Server;
  let jwksUrl: string;
  let fetches = 0;
  let signingKey: PrivateKey;
  let otherKey: PrivateKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    signingKey = pair.privateKey;
    otherKey = (await generateKeyPair('RS256')).privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'idp-key-1', alg: 'RS256', use: 'sig' };
    server = createServer((req, res) => {
      fetches++;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const idpToken = (key: PrivateKey, claims: { aud?: string; roles?: string[] } = {}) =>
    new SignJWT({ roles: claims.roles ?? ['engineer'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'idp-key-1' })
      .setSubject('eng-7')
      .setIssuer('https://idp.example')
      .setAudience(claims.aud ?? 'aftersales-api')
      .setExpirationTime('5m')
      .sign(key);

  it('accepts a token the provider signed, fetching its keys once', async () => {
    const verify = createTokenVerifier({ jwksUrl, issuer: 'https://idp.example', audience: 'aftersales-api' });
    expect(await verify(await idpToken(signingKey))).toMatchObject({ sub: 'eng-7', roles: ['engineer'] });
    await verify(await idpToken(signingKey));
    expect(fetches).toBe(1);
  });

  it('refuses a token signed by another key, for another audience, or an HS256 token', async () => {
    const verify = createTokenVerifier({ jwksUrl, issuer: 'https://idp.example', audience: 'aftersales-api' });
    await expect(verify(await idpToken(otherKey))).rejects.toThrow();
    await expect(verify(await idpToken(signingKey, { aud: 'another-api' }))).rejects.toThrow();
    const hs256 = await signDevToken({ role: 'admin', secret: 'x'.repeat(40), issuer: 'https://idp.example', audience: 'aftersales-api' });
    await expect(verify(hs256)).rejects.toThrow();
  });
});
