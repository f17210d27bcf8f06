import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AuthUser, CurrentUser, Roles } from '@aftersales/platform-service-defaults';
import { contactNotFound, siteNotFound } from '../../customer.errors';
import { ContactResponse, ContactView, CustomerResponse, CustomerView, SiteResponse, SiteView, toContactView, toSiteView } from '../../customer.view';
import { ContactEntity, SiteEntity } from '../../infrastructure/customer.entity';
import { CustomerRepository } from '../../infrastructure/customer.repository';
import { CustomerReadAudit } from '../../../staff-reads/customer-read.audit';

const READERS = ['customer', 'agent', 'engineer', 'expert', 'manager', 'admin'] as const;

@ApiTags('customers')
@Controller('v1/customers/:customerId')
export class GetCustomerHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomerRepository,
    private readonly audit: CustomerReadAudit,
  ) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'A customer with its contacts and sites; a customer reads only itself (R-IN-8), others are 404' })
  @ApiOkResponse({ type: CustomerResponse.Output })
  async get(@Param('customerId', new ParseUUIDPipe()) customerId: string, @CurrentUser() user: AuthUser): Promise<CustomerView> {
    const m = this.dataSource.manager;
    const view = await this.customers.view(m, await this.customers.visible(m, customerId, user));
    // R-IN-8: a member of staff read a customer's record.
    await this.audit.record(user, { customerId, record: 'customer', recordId: customerId, action: 'GET /v1/customers/{id}' });
    return view;
  }

  @Get('contacts/:contactId')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One contact of a customer' })
  @ApiOkResponse({ type: ContactResponse.Output })
  async contact(
    @Param('customerId', new ParseUUIDPipe()) customerId: string,
    @Param('contactId', new ParseUUIDPipe()) contactId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<ContactView> {
    await this.customers.visible(this.dataSource.manager, customerId, user);
    const found = await this.dataSource.getRepository(ContactEntity).findOneBy({ id: contactId, customerId });
    if (!found) throw contactNotFound(contactId);
    return toContactView(found);
  }

  @Get('sites/:siteId')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One site of a customer' })
  @ApiOkResponse({ type: SiteResponse.Output })
  async site(
    @Param('customerId', new ParseUUIDPipe()) customerId: string,
    @Param('siteId', new ParseUUIDPipe()) siteId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<SiteView> {
    await this.customers.visible(this.dataSource.manager, customerId, user);
    const found = await this.dataSource.getRepository(SiteEntity).findOneBy({ id: siteId, customerId });
    if (!found) throw siteNotFound(siteId);
    return toSiteView(found);
  }
}
