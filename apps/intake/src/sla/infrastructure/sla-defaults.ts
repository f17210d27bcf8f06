import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SlaPlanStore } from './sla-plan.store';

/** The default plans and calendar are written when the service starts and they are missing (edits are kept). */
@Injectable()
export class SlaDefaults implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: SlaPlanStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction((m) => this.plans.ensureDefaults(m));
  }
}
