import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { siteNotFound } from '../../customer.errors';
import { SiteView, toSiteView } from '../../customer.view';
import { canonicalTimeZone } from '../../domain/customer';
import { SiteEntity } from '../../infrastructure/customer.entity';
import { CustomerRepository } from '../../infrastructure/customer.repository';
import { SiteInput, SitePatch } from '../customer.requests';
import { newSite } from '../register-customer/register-customer.command';

/** Sites: where the products are, their region (R-DS-3) and the time zone their SLA calendars run in (R-SLA-6). */
@Injectable()
export class ManageSitesCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly customers: CustomerRepository,
  ) {}

  add(customerId: string, input: SiteInput, user: AuthUser): Promise<SiteView> {
    return this.dataSource.transaction(async (m) => {
      await this.customers.visible(m, customerId, user, true);
      const site = newSite(customerId, input, new Date());
      await m.getRepository(SiteEntity).insert(site);
      return toSiteView(site);
    });
  }

  update(customerId: string, siteId: string, patch: SitePatch, user: AuthUser): Promise<SiteView> {
    return this.dataSource.transaction(async (m) => {
      await this.customers.visible(m, customerId, user, true);
      const site = await m.getRepository(SiteEntity).findOneBy({ id: siteId, customerId });
      if (!site) throw siteNotFound(siteId);
      Object.assign(site, patch, {
        ...(patch.timeZone !== undefined ? { timeZone: canonicalTimeZone(patch.timeZone) } : {}),
        updatedAt: new Date(),
      });
      await m.getRepository(SiteEntity).save(site);
      return toSiteView(site);
    });
  }
}
