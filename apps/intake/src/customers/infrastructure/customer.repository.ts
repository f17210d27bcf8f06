import { Injectable } from '@nestjs/common';
import { EntityManager, In, QueryFailedError } from 'typeorm';
import { AuthUser, nextDocumentNumber } from '@aftersales/platform-service-defaults';
import { confinedTo, customerCodeTaken, customerNotFound } from '../customer.errors';
import { ComplaintStandingStore } from '../../complainants/infrastructure/complaint-standing.store';
import { CustomerView, toCustomerView } from '../customer.view';
import { ContactEntity, CustomerEntity, SiteEntity } from './customer.entity';

@Injectable()
export class CustomerRepository {
  constructor(private readonly standings: ComplaintStandingStore) {}

  nextCode(m: EntityManager, now: Date): Promise<string> {
    return nextDocumentNumber(m, 'customer_code_seq', 'CU', now);
  }

  /** A customer the user may see (a customer sees only itself, R-IN-8), optionally row-locked for a change. */
  async visible(m: EntityManager, id: string, user: AuthUser, lock = false): Promise<CustomerEntity> {
    const own = confinedTo(user);
    if (own !== undefined && own !== id) throw customerNotFound(id);
    const found = await m.getRepository(CustomerEntity).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!found) throw customerNotFound(id);
    return found;
  }

  /** Customers with their contacts and sites, oldest contact and site first. */
  async views(m: EntityManager, customers: CustomerEntity[]): Promise<CustomerView[]> {
    if (customers.length === 0) return [];
    const ids = customers.map((c) => c.id);
    const [contacts, sites] = await Promise.all([
      m.getRepository(ContactEntity).find({ where: { customerId: In(ids) }, order: { id: 'ASC' } }),
      m.getRepository(SiteEntity).find({ where: { customerId: In(ids) }, order: { id: 'ASC' } }),
    ]);
    // R-CP-5: complaints' standing of each, as intake keeps it.
    const standings = await this.standings.ofMany(m, ids);
    return customers.map((c) =>
      toCustomerView(
        c,
        contacts.filter((x) => x.customerId === c.id),
        sites.filter((x) => x.customerId === c.id),
        standings.get(c.id) ?? null,
      ),
    );
  }

  async view(m: EntityManager, customer: CustomerEntity): Promise<CustomerView> {
    const [view] = await this.views(m, [customer]);
    return view;
  }
}

/** The unique index on lower(code) is the arbiter, so two concurrent registrations cannot share a code. */
export function rethrowCodeConflict(error: unknown, code: string | undefined): never {
  const driver = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  if (driver?.code === '23505' && driver.constraint === 'customers_code') throw customerCodeTaken(code ?? '');
  throw error;
}
