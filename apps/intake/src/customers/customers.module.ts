import { Module } from '@nestjs/common';
import { ComplainantsModule } from '../complainants/complainants.module';
import { ManageContactsCommand } from './commands/manage-contacts/manage-contacts.command';
import { ManageContactsHttpController } from './commands/manage-contacts/manage-contacts.http.controller';
import { ManageSitesCommand } from './commands/manage-sites/manage-sites.command';
import { ManageSitesHttpController } from './commands/manage-sites/manage-sites.http.controller';
import { RegisterCustomerCommand } from './commands/register-customer/register-customer.command';
import { RegisterCustomerHttpController } from './commands/register-customer/register-customer.http.controller';
import { UpdateCustomerCommand } from './commands/update-customer/update-customer.command';
import { UpdateCustomerHttpController } from './commands/update-customer/update-customer.http.controller';
import { CustomerRepository } from './infrastructure/customer.repository';
import { GetCustomerHttpController } from './queries/get-customer/get-customer.http.controller';
import { ListCustomersHttpController } from './queries/list-customers/list-customers.http.controller';

/** Customers (persons or companies), their contacts and sites, with search (docs/domain.md, "Actors"; R-IN-8). */
@Module({
  imports: [ComplainantsModule],
  controllers: [
    RegisterCustomerHttpController,
    UpdateCustomerHttpController,
    ManageContactsHttpController,
    ManageSitesHttpController,
    ListCustomersHttpController,
    GetCustomerHttpController,
  ],
  providers: [CustomerRepository, RegisterCustomerCommand, UpdateCustomerCommand, ManageContactsCommand, ManageSitesCommand],
  exports: [CustomerRepository],
})
export class CustomersModule {}
