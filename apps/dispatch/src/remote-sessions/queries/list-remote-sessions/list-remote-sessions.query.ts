import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RemoteSessionEntity } from '../../infrastructure/remote-session.entity';
import { toRemoteSessionView } from '../../remote-session.view';

/** The remote sessions of a work order, oldest first. */
@Injectable()
export class ListRemoteSessionsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(workOrderId: string) {
    const items = await this.dataSource.getRepository(RemoteSessionEntity).find({ where: { workOrderId }, order: { startedAt: 'ASC', id: 'ASC' } });
    return { items: items.map(toRemoteSessionView) };
  }
}
