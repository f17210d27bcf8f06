import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { contactNotFound } from '../../customer.errors';
import { ContactView, toContactView } from '../../customer.view';
import { ContactEntity } from '../../infrastructure/customer.entity';
import { CustomerRepository } from '../../infrastructure/customer.repository';
import { ContactInput, ContactPatch } from '../customer.requests';
import { assertReachable, newContact } from '../register-customer/register-customer.command';

/** Contacts of a customer: personal data (R-IN-8), so nothing here is logged. */
@Injectable()
export class ManageContactsCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomerRepository,
  ) {}

  add(customerId: string, input: ContactInput, user: AuthUser): Promise<ContactView> {
    assertReachable(input);
    return this.dataSource.transaction(async (m) => {
      await this.customers.visible(m, customerId, user, true);
      const contact = newContact(customerId, input, new Date());
      await m.getRepository(ContactEntity).insert(contact);
      return toContactView(contact);
    });
  }

  update(customerId: string, contactId: string, patch: ContactPatch, user: AuthUser): Promise<ContactView> {
    return this.dataSource.transaction(async (m) => {
      await this.customers.visible(m, customerId, user, true);
      const contact = await m.getRepository(ContactEntity).findOneBy({ id: contactId, customerId });
      if (!contact) throw contactNotFound(contactId);
      Object.assign(contact, patch, { updatedAt: new Date() });
      // The merged contact must still be reachable on its preferred channel.
      assertReachable(contact);
      await m.getRepository(ContactEntity).save(contact);
      return toContactView(contact);
    });
  }
}
