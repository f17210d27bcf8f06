/**
 * Reading dead letters and requesting replays, over any PostgreSQL client: the running service (TypeORM) and the
 * dead-letters CLI (a plain pg Client on the service's database) share these statements. Every statement returns
 * rows (updates through a CTE), so one `Query` shape fits both clients.
 */
export type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

export interface DeadLetterView {
  id: string;
  consumer: string;
  stream: string;
  subject: string;
  eventId: string | null;
  errorKind: string;
  error: string;
  deliveries: number;
  createdAt: Date;
  replayRequestedAt: Date | null;
  replayedAt: Date | null;
  lastReplayError: string | null;
}

export interface DeadLetterDetail extends DeadLetterView {
  /** The message body as received. */
  payload: string;
  headers: Record<string, string>;
}

export interface DeadLetterFilter {
  /** Durable consumer name, e.g. `intake__record-entitlement`. */
  consumer?: string;
  /** Only those not replayed yet (default false: all). */
  pendingOnly?: boolean;
  limit?: number;
}

/** One dead letter, every dead letter of a consumer, or every dead letter (optionally of one consumer). */
export type ReplayTarget = string | { id: string } | { consumer: string } | { all: true; consumer?: string };

const COLUMNS = `id, consumer, stream, subject, event_id, error_kind, error, deliveries, created_at, replay_requested_at, replayed_at, last_replay_error`;

export async function listDeadLetters(query: Query, filter: DeadLetterFilter = {}): Promise<DeadLetterView[]> {
  const rows = await query(
    `SELECT ${COLUMNS} FROM messaging_dead_letter
      WHERE ($1::text IS NULL OR consumer = $1) AND (NOT $2::boolean OR replayed_at IS NULL)
      ORDER BY created_at DESC, id DESC LIMIT $3`,
    [filter.consumer ?? null, filter.pendingOnly ?? false, filter.limit ?? 100],
  );
  return rows.map(toView);
}

export async function getDeadLetter(query: Query, id: string): Promise<DeadLetterDetail | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await query(`SELECT ${COLUMNS}, payload, headers FROM messaging_dead_letter WHERE id = $1::uuid`, [id]);
  return row ? { ...toView(row), payload: row.payload as string, headers: row.headers as Record<string, string> } : undefined;
}

/**
 * Marks dead letters that were not replayed yet for replay; the running service picks them up within its sweep
 * interval. Returns the ids marked.
 */
export async function requestDeadLetterReplay(query: Query, target: ReplayTarget): Promise<string[]> {
  const t = typeof target === 'string' ? { id: target } : target;
  let where: string;
  let params: unknown[];
  if ('id' in t) {
    if (!isUuid(t.id)) return [];
    [where, params] = ['id = $1::uuid', [t.id]];
  } else if ('all' in t) {
    [where, params] = ['($1::text IS NULL OR consumer = $1)', [t.consumer ?? null]];
  } else {
    [where, params] = ['consumer = $1', [t.consumer]];
  }
  const rows = await query(
    `WITH marked AS (
       UPDATE messaging_dead_letter SET replay_requested_at = now() WHERE replayed_at IS NULL AND ${where} RETURNING id, created_at
     ) SELECT id FROM marked ORDER BY created_at`,
    params,
  );
  return rows.map((r) => r.id as string);
}

function toView(r: Record<string, unknown>): DeadLetterView {
  return {
    id: r.id as string,
    consumer: r.consumer as string,
    stream: r.stream as string,
    subject: r.subject as string,
    eventId: r.event_id as string | null,
    errorKind: r.error_kind as string,
    error: r.error as string,
    deliveries: r.deliveries as number,
    createdAt: r.created_at as Date,
    replayRequestedAt: r.replay_requested_at as Date | null,
    replayedAt: r.replayed_at as Date | null,
    lastReplayError: r.last_replay_error as string | null,
  };
}

function isUuid(s: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
}
