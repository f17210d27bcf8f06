import { Logger } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { MsgHdrs, Subscription, nanos } from '@nats-io/nats-core';
import { AckPolicy, ConsumerMessages, DeliverPolicy, JsMsg } from '@nats-io/jetstream';
import { EventEnvelope } from '@aftersales/contracts-core';
import { describeError } from '../errors';
import { ResolvedMessagingOptions } from '../messaging.options';
import { EventContext } from '../messaging.types';
import { durableName, wireStreamName, wireSubject } from '../naming';
import { NatsContext } from '../nats-connection';
import { isNotFound } from '../stream-provisioner';
import { ON_EVENT_METADATA, OnEventMetadata, kebab } from './on-event.decorator';
import { EventPipeline, HandlerBinding, Outcome } from './event-pipeline';

const PULL_EXPIRES_MS = 5000;
/** A stream its producer has not created yet: said once at info; a warning only when it is still missing after this long. */
const STREAM_MISSING_WARN_AFTER_MS = 30_000;

/** What the server says when it gives up on a message after max_deliver deliveries. */
interface MaxDeliveriesAdvisory {
  stream: string;
  consumer: string;
  stream_seq: number;
  deliveries: number;
}

/**
 * One durable pull consumer per service and purpose (replicas share it), created by this service for itself
 * only. Messages of one consumer are handled one at a time per process, which keeps the producer's order.
 */
export class ConsumerRunner {
  private readonly logger = new Logger('Consumers');
  private readonly active = new Map<string, ConsumerMessages>();
  private readonly loops: Promise<void>[] = [];
  private readonly advisories: Subscription[] = [];
  private readonly advisoryWork = new Set<Promise<void>>();
  /** Cancels the backoff sleeps, so shutdown does not wait them out. */
  private readonly sleepers = new Set<() => void>();
  private stopped = true;
  bindings: HandlerBinding[] = [];

  constructor(
    private readonly nats: NatsContext,
    private readonly pipeline: EventPipeline,
    private readonly options: ResolvedMessagingOptions,
  ) {}

  /** Finds every `@OnEvent` method on the application's providers. */
  discover(discovery: DiscoveryService, scanner: MetadataScanner): HandlerBinding[] {
    const bindings: HandlerBinding[] = [];
    for (const wrapper of discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || wrapper.isAlias) continue;
      const proto = Object.getPrototypeOf(instance);
      if (!proto) continue;
      for (const method of scanner.getAllMethodNames(proto)) {
        const meta: OnEventMetadata | undefined = Reflect.getMetadata(ON_EVENT_METADATA, proto, method);
        if (!meta) continue;
        if (!wrapper.isDependencyTreeStatic()) {
          throw new Error(`@OnEvent ${wrapper.name}.${method}: event handlers must live in singleton providers, not request-scoped ones`);
        }
        const durable = durableName(this.options.namespace, this.options.service, meta.options.name ?? kebab(method));
        if (bindings.some((b) => b.durable === durable)) {
          throw new Error(`Two handlers share the consumer name ${durable}; give one an explicit { name }`);
        }
        const fn = instance[method] as (e: EventEnvelope, c: EventContext) => Promise<void>;
        bindings.push({
          contract: meta.contract,
          durable,
          stream: wireStreamName(this.options.namespace, meta.contract.producer),
          filterSubject: wireSubject(this.options.namespace, meta.contract.subject),
          maxDeliver: meta.options.maxDeliver ?? this.options.consumer.maxDeliver,
          ...(meta.wholeStream ? { wholeStream: true } : {}),
          handler: fn.bind(instance),
        });
      }
    }
    this.bindings = bindings;
    return bindings;
  }

  /** Starts every consumer in the background: a producer whose stream is not there yet does not block bootstrap. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    for (const binding of this.bindings) {
      this.watchExhausted(binding);
      this.loops.push(this.run(binding));
    }
  }

  /** Stop pulling, let the messages in hand finish (ack or nak), give back the ones not started, then return. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const wake of this.sleepers) wake();
    for (const messages of this.active.values()) messages.stop();
    for (const sub of this.advisories.splice(0)) sub.unsubscribe();
    await Promise.all(this.loops.splice(0));
    await Promise.all(this.advisoryWork);
    this.active.clear();
  }

  private async run(binding: HandlerBinding): Promise<void> {
    let wait = 250;
    let warned = false;
    let missingSince: number | undefined;
    while (!this.stopped) {
      try {
        await this.ensureConsumer(binding);
        const consumer = await this.nats.js.consumers.get(binding.stream, binding.durable);
        // Aborting when the consumer or stream disappears lets this loop create it again.
        // A pull lost with its consumer's leader (a NATS node died, or handed over) is noticed after two missed idle
        // heartbeats, half of `expires` each: 5 s of silence rather than the client's default 30 s.
        const messages = await consumer.consume({
          max_messages: this.options.consumer.maxMessages,
          abort_on_missing_resource: true,
          expires: PULL_EXPIRES_MS,
        });
        this.active.set(binding.durable, messages);
        if (this.stopped) messages.stop();
        this.logger.log(`${binding.durable} consuming ${binding.filterSubject}`);
        if (missingSince !== undefined) this.logger.log(`${binding.durable}: stream ${binding.stream} is there now`);
        warned = false;
        missingSince = undefined;
        wait = 250;
        await this.work(binding, messages);
        this.active.delete(binding.durable);
      } catch (error) {
        this.active.delete(binding.durable);
        if (this.stopped) break;
        if (isNotFound(error)) {
          // Only the producer creates its stream, and it starts independently: while services start together, a
          // consumer may look first. That is normal and said once; it is worth a warning only when it lasts.
          const now = Date.now();
          if (missingSince === undefined) {
            missingSince = now;
            this.logger.log(`${binding.durable}: waiting for stream ${binding.stream}, which its producer creates when it starts`);
          } else if (!warned && now - missingSince >= STREAM_MISSING_WARN_AFTER_MS) {
            this.logger.warn(`${binding.durable}: stream ${binding.stream} (or this consumer) is still missing after ${STREAM_MISSING_WARN_AFTER_MS / 1000} s; is its producer running?`);
            warned = true;
          }
        } else {
          this.logger.error(`${binding.durable}: consumer failed, retrying in ${wait} ms: ${describeError(error)}`);
        }
        await this.sleep(wait);
        wait = Math.min(wait * 2, 5000);
      }
    }
  }

  /**
   * Takes every message off the client's buffer as soon as it arrives and keeps all of them alive (working())
   * while they wait their turn, so an ack wait never runs out on a message this process holds: a redelivery
   * would count toward max_deliver, and during a database outage the messages behind the held one would
   * otherwise exhaust it. They are still handled one at a time, in order.
   */
  private async work(binding: HandlerBinding, messages: ConsumerMessages): Promise<void> {
    const queue: JsMsg[] = [];
    const held = new Set<JsMsg>();
    let ended = false;
    let failure: unknown;
    let wake: (() => void) | undefined;
    const heartbeat = setInterval(() => {
      for (const msg of held) msg.working();
    }, Math.max(this.options.consumer.ackWaitMs / 3, 100));
    heartbeat.unref();
    const pump = (async () => {
      try {
        for await (const msg of messages) {
          held.add(msg);
          queue.push(msg);
          wake?.();
        }
      } catch (error) {
        failure = error;
      } finally {
        ended = true;
        wake?.();
      }
    })();
    try {
      for (;;) {
        const msg = queue.shift();
        if (!msg) {
          if (ended) break;
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
          continue;
        }
        // Pulled but not started when shutdown began: hand it back at once, for another replica.
        if (this.stopped) msg.nak();
        else await this.handle(binding, msg);
        held.delete(msg);
      }
    } finally {
      clearInterval(heartbeat);
      for (const msg of queue.splice(0)) msg.nak();
    }
    await pump;
    if (failure) throw failure;
  }

  /** Creates this service's own consumer, or brings its settings in line with the code; never touches the stream. */
  private async ensureConsumer(binding: HandlerBinding): Promise<void> {
    const wanted = {
      filter_subject: binding.filterSubject,
      max_deliver: binding.maxDeliver,
      ack_wait: nanos(this.options.consumer.ackWaitMs),
      // Bounds what the replicas hold in memory (and keep alive) together; each pulls maxMessages at a time.
      max_ack_pending: this.options.consumer.maxMessages * 4,
    };
    try {
      const info = await this.nats.jsm.consumers.info(binding.stream, binding.durable);
      const c = info.config;
      if (
        c.filter_subject !== wanted.filter_subject ||
        c.max_deliver !== wanted.max_deliver ||
        c.ack_wait !== wanted.ack_wait ||
        c.max_ack_pending !== wanted.max_ack_pending
      ) {
        await this.nats.jsm.consumers.update(binding.stream, binding.durable, wanted);
        this.logger.log(`${binding.durable}: consumer settings updated`);
      }
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await this.nats.jsm.consumers.add(binding.stream, {
        durable_name: binding.durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        ...wanted,
      });
    }
  }

  private async handle(binding: HandlerBinding, msg: JsMsg): Promise<void> {
    // The message is kept alive by work()'s heartbeat meanwhile, also while it is held through an outage.
    let outcome: Outcome;
    for (;;) {
      try {
        outcome = await this.pipeline.process(
          binding,
          { raw: msg.string(), subject: msg.subject, headers: headerRecord(msg.headers), deliveryCount: msg.info.deliveryCount, working: () => msg.working() },
          () => this.stopped,
        );
      } catch (error) {
        // process() handles the handler's errors itself; this is a failure of ours (e.g. metrics): retry the message.
        this.logger.error(`${binding.durable}: processing failed: ${describeError(error)}`);
        outcome = { kind: 'nak', delayMs: this.options.consumer.backoffMs[0] };
      }
      if (outcome.kind !== 'hold') break;
      // The database is away: the same delivery is processed again once it is back. On shutdown, hand it back.
      if (!(await this.untilDependenciesBack())) {
        outcome = { kind: 'nak', delayMs: 0 };
        break;
      }
    }
    // Ack only after the transaction committed (inside process); term only after the dead letter is written.
    if (outcome.kind === 'ack') msg.ack();
    else if (outcome.kind === 'nak') msg.nak(outcome.delayMs);
    else if (outcome.kind === 'term') msg.term();
  }

  /** Waits, with backoff, until the database answers and NATS is connected; false when shutdown came first. */
  private async untilDependenciesBack(): Promise<boolean> {
    let wait = 250;
    while (!this.stopped) {
      await this.sleep(wait);
      if (this.stopped) break;
      if (!this.pipeline.outage?.isDown() && this.nats.isConnected()) return true;
      wait = Math.min(wait * 2, 5000);
    }
    return false;
  }

  /**
   * A message whose last delivery ended without ack, nak or term (its process died, or the ack wait ran out) is
   * dropped by JetStream with only an advisory to show for it. One replica (queue group) records it as a dead letter.
   */
  private watchExhausted(binding: HandlerBinding): void {
    const subject = `$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.${binding.stream}.${binding.durable}`;
    let chain = Promise.resolve();
    const sub = this.nats.connection.subscribe(subject, {
      queue: binding.durable,
      callback: (error, msg) => {
        if (error) return;
        let advisory: MaxDeliveriesAdvisory;
        try {
          advisory = msg.json<MaxDeliveriesAdvisory>();
        } catch {
          return;
        }
        const work = (chain = chain.then(() => this.recordExhausted(binding, advisory)));
        this.advisoryWork.add(work);
        void work.finally(() => this.advisoryWork.delete(work));
      },
    });
    this.advisories.push(sub);
  }

  private async recordExhausted(binding: HandlerBinding, advisory: MaxDeliveriesAdvisory): Promise<void> {
    try {
      const stored = await this.nats.jsm.streams.getMessage(binding.stream, { seq: advisory.stream_seq });
      if (!stored) throw new Error(`message ${advisory.stream_seq} is no longer in ${binding.stream}`);
      const message = { raw: stored.string(), subject: stored.subject, headers: headerRecord(stored.header) };
      for (;;) {
        try {
          await this.pipeline.recordExhausted(binding, message, advisory.deliveries);
          return;
        } catch (error) {
          // JetStream will not bring this one back: wait for the database rather than lose the record.
          if (!(await this.pipeline.databaseLost(error)) || !(await this.untilDependenciesBack())) throw error;
        }
      }
    } catch (error) {
      this.logger.error(`${binding.durable}: message ${advisory.stream_seq} of ${binding.stream} exhausted its deliveries and could not be recorded: ${describeError(error)}`);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }
}

function headerRecord(h: MsgHdrs | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of h?.keys() ?? []) out[key] = h?.get(key) ?? '';
  return out;
}
