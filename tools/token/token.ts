/**
 * `npm run token -- --role agent [--sub someone] [--customer-id <uuid>] [--name "Li Lei"] [--expires-in 12h]`: prints
 * a development bearer token signed with AUTH_JWT_SECRET (from .env or .env.example), for the issuer and audience
 * the services verify, living at most AUTH_MAX_TOKEN_LIFETIME_SECONDS (12 hours by default). Several roles: repeat
 * --role or separate them with commas. Production tokens come from the IdP.
 */
import { parseArgs } from 'node:util';
import { ROLES, Role, isRole, signDevToken } from '@aftersales/platform-auth';
import { localEnv } from '../start/local-env';

const USAGE = `Usage: npm run token -- --role <${ROLES.join('|')}> [--sub id] [--customer-id uuid] [--name text] [--expires-in 12h]`;

function usage(problem?: string): never {
  if (problem) console.error(problem);
  console.error(USAGE);
  process.exit(2);
}

function args() {
  try {
    return parseArgs({
      options: {
        role: { type: 'string', multiple: true },
        sub: { type: 'string' },
        'customer-id': { type: 'string' },
        name: { type: 'string' },
        'expires-in': { type: 'string' },
      },
    }).values;
  } catch (error) {
    return usage((error as Error).message);
  }
}

async function main(): Promise<void> {
  const values = args();
  const roles = (values.role ?? []).flatMap((r) => r.split(','));
  const invalid = roles.filter((r) => !isRole(r));
  if (roles.length === 0) usage();
  if (invalid.length > 0) usage(`Unknown role(s): ${invalid.join(', ')}`);
  if (roles.includes('customer') && !values['customer-id']) {
    console.error('A customer token needs --customer-id <uuid>');
    process.exit(2);
  }
  const env = localEnv();
  if (!env.AUTH_JWT_SECRET) {
    console.error('AUTH_JWT_SECRET is not set (.env or .env.example)');
    process.exit(2);
  }
  const maxLifetime = env.AUTH_MAX_TOKEN_LIFETIME_SECONDS ? Number(env.AUTH_MAX_TOKEN_LIFETIME_SECONDS) : undefined;
  const token = await signDevToken({
    role: roles as Role[],
    sub: values.sub,
    customerId: values['customer-id'],
    name: values.name,
    secret: env.AUTH_JWT_SECRET,
    issuer: env.AUTH_ISSUER ?? 'aftersales',
    audience: env.AUTH_AUDIENCE ?? 'aftersales-api',
    expiresIn: values['expires-in'],
    // The services refuse longer-lived tokens, so the tool does not make them.
    maxLifetimeSeconds: maxLifetime,
  }).catch((error: Error) => usage(error.message));
  process.stdout.write(`${token}\n`);
}

void main();
