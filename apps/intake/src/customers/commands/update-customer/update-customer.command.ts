import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { CustomerView } from '../../customer.view';
import { CustomerEntity } from '../../infrastructure/customer.entity';
import { CustomerRepository, rethrowCodeConflict } from '../../infrastructure/customer.repository';
import { CustomerPatch } from '../customer.requests';

@Injectable()
export class UpdateCustomerCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomerRepository,
  ) {}

  async execute(id: string, patch: CustomerPatch, user: AuthUser): Promise<CustomerView> {
    try {
      return await this.dataSource.transaction(async (m) => {
        const customer = await this.customers.visible(m, id, user, true);
        Object.assign(customer, patch, { updatedAt: new Date(), version: customer.version + 1 });
        await m.getRepository(CustomerEntity).save(customer);
        return this.customers.view(m, customer);
      });
    } catch (error) {
      rethrowCodeConflict(error, patch.code);
    }
  }
}
