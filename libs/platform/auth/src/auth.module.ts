import { DynamicModule, Global, InjectionToken, Module, ModuleMetadata } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AUTH_VERIFIER, AuthGuard } from './auth.guard';
import { BearerAuthDocumentation } from './auth.openapi';
import { AuthOptions, createTokenVerifier } from './tokens';

/** A global guard: every HTTP route needs a valid bearer token unless it is @Public(). */
@Global()
@Module({})
export class AuthModule {
  static forRootAsync(options: Pick<ModuleMetadata, 'imports'> & { inject?: InjectionToken[]; useFactory: (...args: never[]) => AuthOptions }): DynamicModule {
    return {
      module: AuthModule,
      imports: [DiscoveryModule, ...(options.imports ?? [])],
      providers: [
        { provide: AUTH_VERIFIER, inject: options.inject ?? [], useFactory: (...args: never[]) => createTokenVerifier(options.useFactory(...args)) },
        { provide: APP_GUARD, useClass: AuthGuard },
        BearerAuthDocumentation,
      ],
      exports: [AUTH_VERIFIER],
    };
  }
}
