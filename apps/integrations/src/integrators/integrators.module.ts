import { Module } from '@nestjs/common';
import { IssueTokenCommand } from './commands/issue-token/issue-token.command';
import { IssueTokenHttpController } from './commands/issue-token/issue-token.http.controller';
import { RegisterIntegratorCommand } from './commands/register-integrator/register-integrator.command';
import { RegisterIntegratorHttpController } from './commands/register-integrator/register-integrator.http.controller';
import { RevokeIntegratorCommand } from './commands/revoke-integrator/revoke-integrator.command';
import { RevokeIntegratorHttpController } from './commands/revoke-integrator/revoke-integrator.http.controller';
import { IntegratorRepository } from './infrastructure/integrator.repository';
import { GetIntegratorHttpController } from './queries/get-integrator/get-integrator.http.controller';
import { GetIntegratorQuery } from './queries/get-integrator/get-integrator.query';
import { GetOwnScopeHttpController } from './queries/get-own-scope/get-own-scope.http.controller';
import { ListIntegratorsHttpController } from './queries/list-integrators/list-integrators.http.controller';
import { ListIntegratorsQuery } from './queries/list-integrators/list-integrators.query';

@Module({
  controllers: [
    RegisterIntegratorHttpController,
    RevokeIntegratorHttpController,
    IssueTokenHttpController,
    ListIntegratorsHttpController,
    GetIntegratorHttpController,
    GetOwnScopeHttpController,
  ],
  providers: [IntegratorRepository, RegisterIntegratorCommand, RevokeIntegratorCommand, IssueTokenCommand, ListIntegratorsQuery, GetIntegratorQuery],
})
export class IntegratorsModule {}
