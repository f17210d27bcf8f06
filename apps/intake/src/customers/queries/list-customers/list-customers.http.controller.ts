import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Brackets, DataSource } from 'typeorm';
import { z } from 'zod';
import { AuthUser, CurrentUser, Page, Roles, pageQuery, paginate } from '@aftersales/platform-service-defaults';
import { containsPattern, phoneDigits } from '../../../search/contains-pattern';
import { confinedTo } from '../../customer.errors';
import {
  ContactPageResponse,
  ContactView,
  CustomerPageResponse,
  CustomerView,
  SitePageResponse,
  SiteView,
  toContactView,
  toSiteView,
} from '../../customer.view';
import { CUSTOMER_KINDS } from '../../domain/customer';
import { ContactEntity, CustomerEntity, SiteEntity } from '../../infrastructure/customer.entity';
import { CustomerRepository } from '../../infrastructure/customer.repository';

const READERS = ['customer', 'agent', 'engineer', 'expert', 'manager', 'admin'] as const;
/** Fewer digits than this would match almost every phone number. */
const MIN_PHONE_DIGITS = 3;

class SearchCustomersQuery extends createZodDto(
  z.strictObject({
    q: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe('Part of the name or code of the customer, or of the name, phone or email of a contact; any script (王芳, 华为)'),
    kind: z.enum(CUSTOMER_KINDS).optional(),
    ...pageQuery,
  }),
) {}
class PageQuery extends createZodDto(z.strictObject(pageQuery)) {}

@ApiTags('customers')
@Controller('v1/customers')
export class ListCustomersHttpController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomerRepository,
  ) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Search customers, newest first, with cursor pagination; a customer finds only itself (R-IN-8)' })
  @ApiOkResponse({ type: CustomerPageResponse.Output })
  async search(@Query() query: SearchCustomersQuery, @CurrentUser() user: AuthUser): Promise<Page<CustomerView>> {
    const qb = this.dataSource.getRepository(CustomerEntity).createQueryBuilder('cu');
    const own = confinedTo(user);
    if (own) qb.andWhere('cu.id = :own', { own });
    if (query.kind) qb.andWhere('cu.kind = :kind', { kind: query.kind });
    if (query.q) {
      const digits = phoneDigits(query.q);
      const byPhone = digits.length >= MIN_PHONE_DIGITS ? ' OR cc.phone_digits LIKE :digits' : '';
      // Each ILIKE is served by a pg_trgm GIN index (migration 1732320001500).
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('cu.name ILIKE :pattern')
            .orWhere('cu.code ILIKE :pattern')
            .orWhere(
              `EXISTS (SELECT 1 FROM customer_contacts cc WHERE cc.customer_id = cu.id AND (cc.name ILIKE :pattern OR cc.email ILIKE :pattern${byPhone}))`,
            ),
        ),
        { pattern: containsPattern(query.q), digits: containsPattern(digits) },
      );
    }
    const page = await paginate(qb, query, (c) => c);
    return { items: await this.customers.views(this.dataSource.manager, page.items), nextCursor: page.nextCursor };
  }

  @Get(':customerId/contacts')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Contacts of a customer, newest first, with cursor pagination' })
  @ApiOkResponse({ type: ContactPageResponse.Output })
  async contacts(@Param('customerId', new ParseUUIDPipe()) customerId: string, @Query() query: PageQuery, @CurrentUser() user: AuthUser): Promise<Page<ContactView>> {
    await this.customers.visible(this.dataSource.manager, customerId, user);
    const qb = this.dataSource.getRepository(ContactEntity).createQueryBuilder('cc').where('cc.customer_id = :customerId', { customerId });
    return paginate(qb, query, toContactView);
  }

  @Get(':customerId/sites')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Sites of a customer, newest first, with cursor pagination' })
  @ApiOkResponse({ type: SitePageResponse.Output })
  async sites(@Param('customerId', new ParseUUIDPipe()) customerId: string, @Query() query: PageQuery, @CurrentUser() user: AuthUser): Promise<Page<SiteView>> {
    await this.customers.visible(this.dataSource.manager, customerId, user);
    const qb = this.dataSource.getRepository(SiteEntity).createQueryBuilder('cs').where('cs.customer_id = :customerId', { customerId });
    return paginate(qb, query, toSiteView);
  }
}
