import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AuthUser, IdempotencyService, IdempotentResult } from '@aftersales/platform-service-defaults';
import { contactUnreachable } from '../../customer.errors';
import { CustomerView } from '../../customer.view';
import { canonicalTimeZone, unreachableContact } from '../../domain/customer';
import { ContactEntity, CustomerEntity, SiteEntity } from '../../infrastructure/customer.entity';
import { CustomerRepository, rethrowCodeConflict } from '../../infrastructure/customer.repository';
import { ContactInput, CustomerInput, SiteInput } from '../customer.requests';

/** A person or company with its first contacts and sites, in one transaction. */
@Injectable()
export class RegisterCustomerCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomerRepository,
    private readonly idempotency: IdempotencyService,
  ) {}

  async execute(request: CustomerInput, user: AuthUser, idempotencyKey?: string): Promise<IdempotentResult<CustomerView>> {
    for (const contact of request.contacts ?? []) assertReachable(contact);
    try {
      return await this.dataSource.transaction((m) =>
        this.idempotency.execute(m, { key: idempotencyKey, scope: `register-customer:${user.sub}`, request }, async () => {
          const now = new Date();
          const customer = m.getRepository(CustomerEntity).create({
            id: uuidv7(),
            code: request.code ?? (await this.customers.nextCode(m, now)),
            kind: request.kind,
            name: request.name,
            createdAt: now,
            updatedAt: now,
            version: 1,
          });
          await m.getRepository(CustomerEntity).insert(customer);
          for (const contact of request.contacts ?? []) await m.getRepository(ContactEntity).insert(newContact(customer.id, contact, now));
          for (const site of request.sites ?? []) await m.getRepository(SiteEntity).insert(newSite(customer.id, site, now));
          return { status: 201, body: await this.customers.view(m, customer) };
        }),
      );
    } catch (error) {
      rethrowCodeConflict(error, request.code);
    }
  }
}

export function assertReachable(contact: Pick<ContactInput, 'preferredChannel'> & { phone?: string | null; email?: string | null }): void {
  const problem = unreachableContact({ phone: contact.phone ?? null, email: contact.email ?? null, preferredChannel: contact.preferredChannel });
  if (problem) throw contactUnreachable(problem);
}

export function newContact(customerId: string, input: ContactInput, now: Date): ContactEntity {
  return Object.assign(new ContactEntity(), {
    id: uuidv7(),
    customerId,
    name: input.name,
    phone: input.phone ?? null,
    email: input.email ?? null,
    preferredChannel: input.preferredChannel,
    createdAt: now,
    updatedAt: now,
  });
}

export function newSite(customerId: string, input: SiteInput, now: Date): SiteEntity {
  return Object.assign(new SiteEntity(), {
    id: uuidv7(),
    customerId,
    name: input.name,
    address: input.address,
    region: input.region ?? null,
    timeZone: canonicalTimeZone(input.timeZone) as string,
    createdAt: now,
    updatedAt: now,
  });
}
