import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { personNotFound } from '../../directory.errors';
import { PersonView, toPersonView } from '../../directory.view';
import { PersonEntity } from '../../infrastructure/directory.entity';

@Injectable()
export class GetPersonQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(id: string): Promise<PersonView> {
    const person = await this.dataSource.getRepository(PersonEntity).findOneBy({ id });
    if (!person) throw personNotFound(id);
    return toPersonView(person);
  }
}
