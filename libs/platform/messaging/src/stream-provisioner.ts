import { Logger } from '@nestjs/common';
import { nanos } from '@nats-io/nats-core';
import { JetStreamApiError, JetStreamManager, RetentionPolicy, StorageType } from '@nats-io/jetstream';
import { ServiceName } from '@aftersales/contracts-core';
import { wireStreamName, wireStreamSubjects } from './naming';

/**
 * The producer creates or updates its OWN stream and nothing else (docs/architecture.md): file storage, limits
 * retention, and a duplicate window that makes a re-publish by a restarted relay harmless.
 * `replicas` (NATS_STREAM_REPLICAS) is applied to an existing stream too: JetStream changes it in place.
 */
export async function provisionOwnStream(
  jsm: JetStreamManager,
  service: ServiceName,
  namespace: string,
  duplicateWindowMs: number,
  replicas = 1,
): Promise<void> {
  const name = wireStreamName(namespace, service);
  const config = {
    name,
    subjects: [wireStreamSubjects(namespace, service)],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    duplicate_window: nanos(duplicateWindowMs),
    num_replicas: replicas,
  };
  try {
    const info = await jsm.streams.info(name);
    if (info.config.storage !== config.storage || info.config.retention !== config.retention) {
      // JetStream cannot change these in place; moving the data is an operator's decision, not a boot step.
      new Logger('Streams').warn(`stream ${name} has ${info.config.storage} storage and ${info.config.retention} retention; expected file and limits`);
    }
    if (
      info.config.duplicate_window !== config.duplicate_window ||
      info.config.num_replicas !== config.num_replicas ||
      JSON.stringify(info.config.subjects) !== JSON.stringify(config.subjects)
    ) {
      await jsm.streams
        .update(name, { subjects: config.subjects, duplicate_window: config.duplicate_window, num_replicas: config.num_replicas })
        .catch((error: unknown) => Promise.reject(replicaHint(error, name, replicas)));
      new Logger('Streams').log(`updated stream ${name}`);
    }
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await jsm.streams.add(config).catch((e: unknown) => Promise.reject(replicaHint(e, name, replicas)));
    new Logger('Streams').log(`created stream ${name} for ${config.subjects[0]}`);
  }
}

/** A server that cannot hold that many replicas says so vaguely; name the setting that asked for them. */
function replicaHint(error: unknown, stream: string, replicas: number): unknown {
  if (replicas === 1 || !(error instanceof JetStreamApiError)) return error;
  return new Error(`stream ${stream} with NATS_STREAM_REPLICAS=${replicas}: ${error.message} (it needs a JetStream cluster of at least ${replicas} servers)`, {
    cause: error,
  });
}

/** Stream or consumer not found, whichever way the client reports it (API error, or a consume() that aborted). */
export function isNotFound(error: unknown): boolean {
  // 10059 stream not found, 10014 consumer not found
  if (error instanceof JetStreamApiError) return error.code === 10059 || error.code === 10014 || error.status === 404;
  return error instanceof Error && /^(stream|consumer) not found$/.test(error.message);
}
