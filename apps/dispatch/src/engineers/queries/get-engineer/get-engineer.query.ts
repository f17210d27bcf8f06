import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { engineerNotFound } from '../../engineer.errors';
import { EngineerView, toEngineerView } from '../../engineer.view';
import { EngineerEntity } from '../../infrastructure/engineer.entity';

/** One engineer profile, with their current load. */
@Injectable()
export class GetEngineerQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(id: string): Promise<EngineerView> {
    const e = await this.dataSource.getRepository(EngineerEntity).findOneBy({ id });
    if (!e) throw engineerNotFound(id);
    return toEngineerView(e);
  }
}
