import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '@aftersales/platform-service-defaults';
import { Clock } from '@aftersales/platform-timers';
import { PersonEntity } from '../../../directory/infrastructure/directory.entity';
import { inboxNoticeNotFound } from '../../delivery.errors';
import { InboxItemView, toInboxItemView } from '../../delivery.view';
import { DeliveryEntity } from '../../infrastructure/delivery.entity';

/** Marks one of the caller's own in-app notices read; reading it again keeps the first time. */
@Injectable()
export class MarkReadCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  execute(id: string, user: AuthUser): Promise<InboxItemView> {
    return this.dataSource.transaction(async (m) => {
      const person = await m.getRepository(PersonEntity).findOneBy({ authSubject: user.sub });
      const notice = person ? await m.getRepository(DeliveryEntity).findOne({ where: { id, personId: person.id, channel: 'in-app' }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!notice) throw inboxNoticeNotFound(id);
      if (!notice.readAt) {
        notice.readAt = this.clock.now();
        await m.getRepository(DeliveryEntity).update(id, { readAt: notice.readAt });
      }
      return toInboxItemView(notice);
    });
  }
}
