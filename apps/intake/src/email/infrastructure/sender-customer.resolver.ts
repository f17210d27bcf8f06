import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { newContact } from '../../customers/commands/register-customer/register-customer.command';
import { ContactEntity, CustomerEntity } from '../../customers/infrastructure/customer.entity';
import { CustomerRepository } from '../../customers/infrastructure/customer.repository';

export interface SenderCustomer {
  customerId: string;
  /** How the sender was matched: a registered contact's address, or registered now as a new person. */
  matchedBy: 'contact-email' | 'registered-from-mail';
  /** Other customers with a contact at the same address (an agent may move the case to one of them). */
  otherCandidates: number;
}

/** ILIKE without wildcards: the address as written, any case, served by the contacts' trigram index. */
function exactly(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The customer a mail comes from: the customer whose contact has the sender's address (the one registered first
 * when several have it), else a new person customer with the sender as its contact, as a service desk registers
 * an unknown requester, so that the sender's next mail finds the same customer.
 */
@Injectable()
export class SenderCustomerResolver {
  constructor(private readonly customers: CustomerRepository) {}

  async resolve(m: EntityManager, sender: { address: string; name: string }, now: Date): Promise<SenderCustomer> {
    // Two first mails from one sender at once register one customer, not two.
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`intake-email-sender:${sender.address.toLowerCase()}`]);
    const known = await this.registeredWith(m, sender.address);
    if (known.length > 0) return { customerId: known[0], matchedBy: 'contact-email', otherCandidates: known.length - 1 };
    const customer = m.getRepository(CustomerEntity).create({
      id: uuidv7(),
      code: await this.customers.nextCode(m, now),
      kind: 'person',
      name: sender.name,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await m.getRepository(CustomerEntity).insert(customer);
    await m.getRepository(ContactEntity).insert(newContact(customer.id, { name: sender.name, email: sender.address, preferredChannel: 'email' }, now));
    return { customerId: customer.id, matchedBy: 'registered-from-mail', otherCandidates: 0 };
  }

  /** The customers with a contact at this address, the one registered first first. */
  async registeredWith(m: EntityManager, address: string): Promise<string[]> {
    const rows: { customer_id: string }[] = await m.query(
      `SELECT customer_id FROM customer_contacts WHERE email ILIKE $1 GROUP BY customer_id ORDER BY min(created_at), customer_id`,
      [exactly(address)],
    );
    return rows.map((r) => r.customer_id);
  }
}
