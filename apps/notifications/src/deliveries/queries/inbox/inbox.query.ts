import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser, Page, paginate } from '@aftersales/platform-service-defaults';
import { PersonEntity } from '../../../directory/infrastructure/directory.entity';
import { inboxNotFound } from '../../delivery.errors';
import { InboxItemView, toInboxItemView } from '../../delivery.view';
import { DeliveryEntity } from '../../infrastructure/delivery.entity';
import { InboxRequest } from './inbox.request';

/** The caller's own in-app notices (the person whose authSubject is their login), newest first. */
@Injectable()
export class InboxQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(q: InboxRequest, user: AuthUser): Promise<Page<InboxItemView>> {
    const person = await this.dataSource.getRepository(PersonEntity).findOneBy({ authSubject: user.sub });
    if (!person) throw inboxNotFound(user.sub);
    const qb = this.dataSource.getRepository(DeliveryEntity).createQueryBuilder('d').where('d.person_id = :personId', { personId: person.id }).andWhere(`d.channel = 'in-app'`);
    if (q.unread === 'true') qb.andWhere('d.read_at IS NULL');
    if (q.unread === 'false') qb.andWhere('d.read_at IS NOT NULL');
    return paginate(qb, q, toInboxItemView);
  }
}
