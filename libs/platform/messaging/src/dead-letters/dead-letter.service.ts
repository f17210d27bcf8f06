import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { describeError } from '../errors';
import { EventPipeline, HandlerBinding } from '../consumer/event-pipeline';
import { DatabaseOutage } from '../outages';
import {
  DeadLetterDetail,
  DeadLetterFilter,
  DeadLetterView,
  Query,
  ReplayTarget,
  getDeadLetter,
  listDeadLetters,
  requestDeadLetterReplay,
} from './dead-letter.queries';

interface ClaimedLetter {
  id: string;
  consumer: string;
  subject: string;
  payload: string;
  headers: Record<string, string>;
}

/**
 * Dead letters are replayed by the running service, through the same pipeline as live messages (validation,
 * inbox dedupe, the handler in a transaction). Anyone may request a replay (the CLI, an admin endpoint); a sweep
 * replays the requested ones, and each is claimed inside the replay's own transaction (SKIP LOCKED), so one
 * replica replays it and a crash half-way leaves the request standing.
 */
export class DeadLetterService {
  private readonly logger = new Logger('DeadLetters');
  private readonly query: Query;
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<void>;
  private bindings: HandlerBinding[] = [];
  private stopped = true;

  constructor(
    private readonly dataSource: DataSource,
    private readonly pipeline: EventPipeline,
    private readonly sweepMs: number,
    private readonly outage?: DatabaseOutage,
  ) {
    this.query = (sql, params) => dataSource.query(sql, params);
  }

  start(bindings: HandlerBinding[]): void {
    this.bindings = bindings;
    this.stopped = false;
    if (bindings.length === 0) return;
    this.timer = setInterval(() => {
      // During a database outage the sweep has nothing to read; the outage is logged once, elsewhere.
      if (this.sweeping || this.outage?.isDown()) return;
      this.sweeping = this.replayPending()
        .then(
          () => undefined,
          (e) => {
            if (!this.outage?.noticed(e)) this.logger.error(`dead-letter replay sweep failed: ${describeError(e)}`);
          },
        )
        .finally(() => (this.sweeping = undefined));
    }, this.sweepMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.sweeping;
  }

  list(filter: DeadLetterFilter = {}): Promise<DeadLetterView[]> {
    return listDeadLetters(this.query, filter);
  }

  get(id: string): Promise<DeadLetterDetail | undefined> {
    return getDeadLetter(this.query, id);
  }

  /** Marks dead letters not yet replayed for replay (one id, a consumer's, or all); returns how many were marked. */
  async requestReplay(target: ReplayTarget): Promise<number> {
    return (await requestDeadLetterReplay(this.query, target)).length;
  }

  /** Replays every requested dead letter of this service's consumers; returns how many were applied. */
  async replayPending(): Promise<number> {
    let replayed = 0;
    while (!this.stopped) {
      const outcome = await this.replayOne();
      if (outcome === 'none') break;
      if (outcome === 'replayed') replayed++;
    }
    return replayed;
  }

  private async replayOne(): Promise<'none' | 'replayed' | 'failed'> {
    let claimed: ClaimedLetter | undefined;
    try {
      await this.dataSource.transaction(async (m) => {
        [claimed] = await m.query(
          `SELECT id, consumer, subject, payload, headers FROM messaging_dead_letter
            WHERE replay_requested_at IS NOT NULL AND replayed_at IS NULL AND consumer = ANY($1)
            ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [this.bindings.map((b) => b.durable)],
        );
        if (!claimed) return;
        const letter = claimed;
        const binding = this.bindings.find((b) => b.durable === letter.consumer);
        if (!binding) throw new Error(`no handler for consumer ${letter.consumer}`);
        const envelope = this.pipeline.parse(binding, { raw: letter.payload, subject: letter.subject });
        // Already applied (e.g. redelivered and handled after it was dead-lettered) counts as replayed: the inbox says so.
        await this.pipeline.traced(binding, envelope, letter.headers, () => this.pipeline.applyIn(m, binding, envelope, 1));
        await m.query(`UPDATE messaging_dead_letter SET replayed_at = now(), replay_requested_at = NULL, last_replay_error = NULL WHERE id = $1`, [
          letter.id,
        ]);
      });
    } catch (error) {
      // A lost connection is not the letter's fault: its replay request stands for the next sweep.
      if (!claimed || this.outage?.noticed(error)) throw error;
      // The request is answered either way: a failed replay waits for a new one (after the next fix).
      await this.dataSource.query(`UPDATE messaging_dead_letter SET replay_requested_at = NULL, last_replay_error = $2 WHERE id = $1`, [
        claimed.id,
        describeError(error).slice(0, 8000),
      ]);
      this.logger.warn(`replay of dead letter ${claimed.id} (${claimed.subject}) for ${claimed.consumer} failed: ${(error as Error).message}`);
      return 'failed';
    }
    if (!claimed) return 'none';
    this.logger.log(`replayed dead letter ${claimed.id} (${claimed.subject}) for ${claimed.consumer}`);
    return 'replayed';
  }
}
