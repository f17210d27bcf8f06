import { Module } from '@nestjs/common';
import { CreateQuoteCommand } from './commands/create-quote/create-quote.command';
import { CreateQuoteHttpController } from './commands/create-quote/create-quote.http.controller';
import { DecideClaimCommand } from './commands/decide-claim/decide-claim.command';
import { DecideClaimHttpController } from './commands/decide-claim/decide-claim.http.controller';
import { RegisterPriceListCommand } from './commands/register-price-list/register-price-list.command';
import { RegisterPriceListHttpController } from './commands/register-price-list/register-price-list.http.controller';
import { RegisterServicePackageCommand } from './commands/register-service-package/register-service-package.command';
import { RegisterServicePackageHttpController } from './commands/register-service-package/register-service-package.http.controller';
import { SubmitClaimCommand } from './commands/submit-claim/submit-claim.command';
import { SubmitClaimHttpController } from './commands/submit-claim/submit-claim.http.controller';
import { PaidServiceHttpController } from './queries/paid-service/paid-service.http.controller';
import { PaidServiceQuery } from './queries/paid-service/paid-service.query';

/** Paid service quotes and warranty claims (R-DS-7). */
@Module({
  controllers: [
    RegisterPriceListHttpController,
    RegisterServicePackageHttpController,
    CreateQuoteHttpController,
    SubmitClaimHttpController,
    DecideClaimHttpController,
    PaidServiceHttpController,
  ],
  providers: [RegisterPriceListCommand, RegisterServicePackageCommand, CreateQuoteCommand, SubmitClaimCommand, DecideClaimCommand, PaidServiceQuery],
})
export class PaidServiceModule {}
