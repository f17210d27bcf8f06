/** Bearer JWT verified in every service; roles; customers see only their own data (R-IN-8). */
export { ROLES, isRole } from './roles';
export type { Role, AuthUser } from './roles';
export { AuthModule } from './auth.module';
export { AuthGuard, Public, Roles, CurrentUser, AUTH_VERIFIER } from './auth.guard';
export { createTokenVerifier, signDevToken, InvalidTokenError, DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, CLOCK_TOLERANCE_SECONDS } from './tokens';
export type { AuthOptions } from './tokens';
