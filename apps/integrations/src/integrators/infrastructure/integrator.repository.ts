import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { DataSource, EntityManager } from 'typeorm';
import { IntegratorEntity } from './integrator.entity';

@Injectable()
export class IntegratorRepository {
  constructor(private readonly dataSource: DataSource) {}

  register(m: EntityManager, input: { name: string; clientId: string; secretHash: string; subjects: string[]; actor: string; now: Date }): Promise<IntegratorEntity> {
    const row = m.getRepository(IntegratorEntity).create({
      id: uuidv7(),
      name: input.name,
      clientId: input.clientId,
      secretHash: input.secretHash,
      subjects: input.subjects,
      status: 'active',
      registeredBy: input.actor,
      registeredAt: input.now,
      revokedBy: null,
      revokedAt: null,
      version: 1,
    });
    return m.getRepository(IntegratorEntity).save(row);
  }

  /** Locked for the change in hand. */
  forUpdate(m: EntityManager, id: string): Promise<IntegratorEntity | null> {
    return m.getRepository(IntegratorEntity).createQueryBuilder('i').setLock('pessimistic_write').where('i.id = :id', { id }).getOne();
  }

  save(m: EntityManager, row: IntegratorEntity): Promise<IntegratorEntity> {
    return m.getRepository(IntegratorEntity).save(row);
  }

  byId(id: string): Promise<IntegratorEntity | null> {
    return this.dataSource.getRepository(IntegratorEntity).findOneBy({ id });
  }

  byClientId(clientId: string): Promise<IntegratorEntity | null> {
    return this.dataSource.getRepository(IntegratorEntity).findOneBy({ clientId });
  }
}
