import { Module } from '@nestjs/common';
import { PutOrgUnitCommand } from './commands/put-org-unit/put-org-unit.command';
import { PutOrgUnitHttpController } from './commands/put-org-unit/put-org-unit.http.controller';
import { ListOrgUnitsHttpController } from './queries/list-org-units/list-org-units.http.controller';
import { ListOrgUnitsQuery } from './queries/list-org-units/list-org-units.query';

@Module({ controllers: [PutOrgUnitHttpController, ListOrgUnitsHttpController], providers: [PutOrgUnitCommand, ListOrgUnitsQuery] })
export class OrganisationModule {}
