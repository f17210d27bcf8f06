import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxService } from '@aftersales/platform-messaging';
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
    private readonly outbox: OutboxService,
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

  /** Closes every resolved case due at `now` that no other sweep holds; returns how many this call closed. */
  async sweep(now: Date = this.clock.now()): Promise<number> {
    let closed = 0;
    while (!this.stopped && (await this.closeOne(now))) closed++;
    return closed;
  }

  private closeOne(now: Date): Promise<boolean> {
    const days = this.recorder.rules.autoCloseDays;
    const resolvedBefore = autoCloseCutoff(now, days);
    return this.dataSource.transaction(async (m) => {
      const [due] = (await m.query(
        `SELECT id FROM cases WHERE status = 'resolved' AND resolved_at <= $1 ORDER BY resolved_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [resolvedBefore],
      )) as { id: string }[];
      if (!due) return false;
      const c = await this.cases.lock(m, due.id);
      const change = this.recorder.decide(c, 'closed', 'system', now);
      await this.recorder.apply(m, c, change, { actor: 'system:intake', at: now, detail: { autoCloseDays: days, resolvedAt: c.resolvedAt?.toISOString() } }, (contract, input) =>
        this.outbox.append(m, contract, input),
      );
      return true;
    });
  }
}
