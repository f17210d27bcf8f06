import { ExecutionContext, ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard, Public, Roles } from './auth.guard';
import { createTokenVerifier, signDevToken } from './tokens';
import { Role } from './roles';

const secret = 'guard-test-secret-0123456789abcdef0123';
const claims = { secret, issuer: 'aftersales', audience: 'aftersales-api' };
const guard = new AuthGuard(new Reflector(), createTokenVerifier({ hs256Secret: secret, issuer: 'aftersales', audience: 'aftersales-api' }));

class CasesController {
  @Roles('agent', 'admin')
  open() {
    return 'opened';
  }
  read() {
    return 'read';
  }
  @Public()
  status() {
    return 'up';
  }
}

@Roles('manager')
class ReportsController {
  summary() {
    return 'summary';
  }
}

function call(controller: new () => object, handler: string, authorization?: string) {
  const request: { headers: Record<string, string>; user?: unknown } = { headers: authorization ? { authorization } : {} };
  const context = {
    getType: () => 'http',
    getHandler: () => (controller.prototype as Record<string, unknown>)[handler],
    getClass: () => controller,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { request, result: guard.canActivate(context) };
}
const bearer = async (role: Role, over: Partial<Parameters<typeof signDevToken>[0]> = {}) => `Bearer ${await signDevToken({ role, sub: 'u-7', ...claims, ...over })}`;

describe('the global auth guard', () => {
  it('lets a valid token with an allowed role through and exposes its user', async () => {
    const { request, result } = call(CasesController, 'open', await bearer('agent'));
    await expect(result).resolves.toBe(true);
    expect(request.user).toEqual({ sub: 'u-7', roles: ['agent'], customerId: undefined, name: undefined });
  });

  it('refuses a valid token without an allowed role with 403', async () => {
    await expect(call(CasesController, 'open', await bearer('customer', { customerId: 'c-1' })).result).rejects.toThrow(ForbiddenException);
    await expect(call(ReportsController, 'summary', await bearer('agent')).result).rejects.toThrow(/manager/);
  });

  it('takes any authenticated user where no role is listed', async () => {
    await expect(call(CasesController, 'read', await bearer('engineer')).result).resolves.toBe(true);
  });

  it.each([
    ['no token', undefined],
    ['a non-bearer scheme', 'Basic dXNlcjpwYXNz'],
    ['garbage', 'Bearer not-a-jwt'],
  ])('answers 401 for %s', async (_what, authorization) => {
    await expect(call(CasesController, 'read', authorization).result).rejects.toThrow(UnauthorizedException);
  });

  it.each([
    ['an expired token', { expiresIn: '-10s' }],
    ['a token for another audience', { audience: 'another-api' }],
    ['a token from another issuer', { issuer: 'somebody' }],
    ['a token signed with another secret', { secret: 'not-the-secret-0123456789abcdef012345' }],
  ])('answers 401 for %s', async (_what, over) => {
    await expect(call(CasesController, 'open', await bearer('agent', over)).result).rejects.toThrow(UnauthorizedException);
  });

  it('does not tell the caller why its token was refused (issue #8)', async () => {
    const refusals = [
      await bearer('agent', { expiresIn: '-10s' }),
      await bearer('agent', { audience: 'another-api' }),
      await bearer('agent', { secret: 'not-the-secret-0123456789abcdef012345' }),
      'Bearer not-a-jwt',
    ];
    for (const authorization of refusals) {
      await expect(call(CasesController, 'read', authorization).result).rejects.toThrow(new UnauthorizedException('The bearer token is not valid'));
    }
  });

  it('needs no token on a @Public() route', async () => {
    await expect(call(CasesController, 'status').result).resolves.toBe(true);
  });
});
