import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  Logger,
  SetMetadata,
  UnauthorizedException,
  createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthUser, Role } from './roles';

export const AUTH_VERIFIER = Symbol('AUTH_VERIFIER');
const PUBLIC_KEY = 'aftersales:public';
const ROLES_KEY = 'aftersales:roles';

/** No token needed (health, metrics, docs). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/** At least one of these roles; none listed means any authenticated user. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => ctx.switchToHttp().getRequest().user);

type Target = Parameters<Reflector['getAllAndOverride']>[1][number];

export function isPublicRoute(reflector: Reflector, handler: Target, controller: Target): boolean {
  return reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [handler, controller]) === true;
}

export function requiredRoles(reflector: Reflector, handler: Target, controller: Target): Role[] | undefined {
  return reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [handler, controller]);
}

/** Every route needs a valid bearer token unless marked @Public() (docs/architecture.md, "HTTP APIs"). */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly reflector: Reflector,
    @Inject(AUTH_VERIFIER) private readonly verify: (token: string) => Promise<AuthUser>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (isPublicRoute(this.reflector, context.getHandler(), context.getClass())) return true;
    const request = context.switchToHttp().getRequest();
    const header: string | undefined = request.headers?.authorization;
    const match = header?.match(/^Bearer\s+(\S+)$/i);
    if (!match) throw new UnauthorizedException('A bearer token is required');
    let user: AuthUser;
    try {
      user = await this.verify(match[1]);
    } catch (error) {
      // The verifier's reason (expired, wrong audience, bad signature...) helps an attacker more than a client.
      this.logger.debug(`bearer token refused: ${(error as Error).message}`);
      throw new UnauthorizedException('The bearer token is not valid');
    }
    request.user = user;
    const required = requiredRoles(this.reflector, context.getHandler(), context.getClass());
    if (required?.length && !required.some((r) => user.roles.includes(r))) {
      throw new ForbiddenException(`Requires one of the roles: ${required.join(', ')}`);
    }
    return true;
  }
}
