import { Module } from '@nestjs/common';
import { RegisterContractCommand } from './commands/register-contract/register-contract.command';
import { RegisterContractHttpController } from './commands/register-contract/register-contract.http.controller';
import { ContractsHttpController } from './queries/contracts/contracts.http.controller';
import { ContractsQuery } from './queries/contracts/contracts.query';
import { ContractExpiryTimers } from './timers/contract-expiry.timers';
import { OnContractExpiryDueTimer } from './timers/on-contract-expiry-due.timer';

/** Service contracts and extended warranties with their own SLA plan (R-WA-6). */
@Module({ controllers: [RegisterContractHttpController, ContractsHttpController], providers: [RegisterContractCommand, ContractsQuery, ContractExpiryTimers, OnContractExpiryDueTimer] })
export class ServiceContractsModule {}
