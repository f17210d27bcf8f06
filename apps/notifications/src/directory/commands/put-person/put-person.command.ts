import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { personIdentityTaken } from '../../directory.errors';
import { PersonView, toPersonView } from '../../directory.view';
import { PersonEntity } from '../../infrastructure/directory.entity';
import { PutPersonRequest } from './put-person.request';

/** Creates or replaces a person of the directory (R-SLA-7). */
@Injectable()
export class PutPersonCommand {
  constructor(private readonly dataSource: DataSource) {}

  execute(id: string, request: PutPersonRequest): Promise<{ status: 200 | 201; body: PersonView }> {
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(PersonEntity);
      const existing = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      const clash = await repo
        .createQueryBuilder('p')
        .where('p.id <> :id', { id })
        .andWhere('(p.auth_subject = :subject OR p.external_ids && :ids::text[])', { subject: request.authSubject, ids: request.externalIds })
        .getOne();
      if (clash) throw personIdentityTaken(request.authSubject && clash.authSubject === request.authSubject ? `authSubject ${request.authSubject}` : 'an external id');
      const person = repo.create({
        id,
        name: request.name,
        email: request.email,
        phone: request.phone,
        preferredChannel: request.preferredChannel,
        language: request.language,
        timeZone: request.timeZone,
        quietHoursStart: request.quietHours?.start ?? null,
        quietHoursEnd: request.quietHours?.end ?? null,
        authSubject: request.authSubject,
        externalIds: request.externalIds,
        version: (existing?.version ?? 0) + 1,
        updatedAt: new Date(),
      });
      await repo.save(person);
      return { status: existing ? 200 : 201, body: toPersonView(person) };
    });
  }
}
