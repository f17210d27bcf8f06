/**
 * `npm run -s token -- --role agent` prints the token and nothing else on stdout, so that
 * `TOKEN=$(npm run -s token -- --role agent)` gives a usable bearer token; problems go to stderr with exit code 2.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { createTokenVerifier } from '@aftersales/platform-auth';
import { localEnv } from '../start/local-env';

const root = path.resolve(__dirname, '../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const token = (...args: string[]) => spawnSync(npm, ['run', '-s', 'token', '--', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run token', () => {
  it('prints exactly one line, a token the services accept for the roles asked for', async () => {
    const run = token('--role', 'agent,engineer', '--sub', 'agent-7');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const env = localEnv();
    const verify = createTokenVerifier({ hs256Secret: env.AUTH_JWT_SECRET, issuer: env.AUTH_ISSUER ?? 'aftersales', audience: env.AUTH_AUDIENCE ?? 'aftersales-api' });
    await expect(verify(run.stdout.trim())).resolves.toMatchObject({ sub: 'agent-7', roles: ['agent', 'engineer'] });
  }, 60_000);

  it('refuses an unknown role on stderr, with nothing on stdout', () => {
    const run = token('--role', 'wizard');
    expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 2, stdout: '' });
    expect(run.stderr).toContain('Unknown role(s): wizard');
  }, 60_000);
});
