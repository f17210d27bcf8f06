import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { autoCloseCutoff } from '../../domain/case-status-change';
import { Clock } from '../../infrastructure/clock';
import { CaseRepository } from '../../infrastructure/case.repository';
import { CaseStatusRecorder } from '../case-status.recorder';

/**
 * R-IN-7's documented timeout: a resolved case the customer has not confirmed within CASE_AUTO_CLOSE_DAYS closes
 * ("auto-closed" in its log, case.closed.v1 with confirmation-timeout). Each case is claimed with
 * FOR UPDATE SKIP LOCKED in its own transaction, so replicas sweeping at once share the work and close it once.
 */
@Injectable()
export class AutoCloseJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AutoClose');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly recorder: CaseStatusRecorder,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.sweep()
        .catch((error: unknown) => this.logger.error(`auto-close sweep failed: ${(error as Error).message}`))
        .finally(() => (this.running = undefined));
    }, this.recorder.rules.autoCloseSweepIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /**
   * Closes every resolved case due at `now` that no other sweep holds; returns how many this call closed. A case
   * that fails to close is logged and left for the next sweep, so it cannot hold up the others.
   */
  async sweep(now: Date = this.clock.now()): Promise<number> {
    let closed = 0;
    const failed: string[] = [];
    while (!this.stopped) {
      const outcome = await this.closeOne(now, failed);
      if (outcome === 'none') break;
      if (outcome === 'closed') closed++;
    }
    return closed;
  }

  private async closeOne(now: Date, failed: string[]): Promise<'none' | 'closed' | 'failed'> {
    const days = this.recorder.rules.autoCloseDays;
    let claimed: string | undefined;
    try {
      return await this.dataSource.transaction(async (m) => {
        const [due] = (await m.query(
          `SELECT id FROM cases WHERE status = 'resolved' AND resolved_at <= $1 AND NOT (id = ANY($2::uuid[]))
            ORDER BY resolved_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [autoCloseCutoff(now, days), failed],
        )) as { id: string }[];
        if (!due) return 'none';
        claimed = due.id;
        const c = await this.cases.lock(m, due.id);
        const change = this.recorder.decide(c, 'closed', 'system', now);
        const detail = { autoCloseDays: days, resolvedAt: c.resolvedAt?.toISOString() };
        await this.recorder.apply(m, c, change, { actor: 'system:intake', kind: 'system', at: now, detail });
        return 'closed';
      });
    } catch (error) {
      if (!claimed) throw error;
      failed.push(claimed);
      this.logger.error(`auto-close of case ${claimed} failed, left for the next sweep: ${(error as Error).message}`);
      return 'failed';
    }
  }
}
