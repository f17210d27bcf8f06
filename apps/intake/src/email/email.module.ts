import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { CustomersModule } from '../customers/customers.module';
import { ReceiveMailCommand } from './commands/receive-mail/receive-mail.command';
import { ReceiveMailSmtpListener } from './commands/receive-mail/receive-mail.smtp-listener';
import { SenderCustomerResolver } from './infrastructure/sender-customer.resolver';

/** The email channel (R-IN-1): an SMTP listener that turns mail to the support address into cases and notes. */
@Module({
  imports: [CasesModule, CustomersModule],
  providers: [ReceiveMailCommand, ReceiveMailSmtpListener, SenderCustomerResolver],
})
export class EmailModule {}
