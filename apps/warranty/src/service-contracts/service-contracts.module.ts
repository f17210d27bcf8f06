import { Module } from '@nestjs/common';
import { RegisterContractCommand } from './commands/register-contract/register-contract.command';
import { RegisterContractHttpController } from './commands/register-contract/register-contract.http.controller';
import { ContractExpiry } from './expiry/contract-expiry';
import { ContractsHttpController } from './queries/contracts/contracts.http.controller';

/** Service contracts and extended warranties with their own SLA plan (R-WA-6). */
@Module({ controllers: [RegisterContractHttpController, ContractsHttpController], providers: [RegisterContractCommand, ContractExpiry] })
export class ServiceContractsModule {}
