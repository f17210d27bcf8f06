import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { DomainError } from '../http/domain-error';

export interface IdempotentResult<T = unknown> {
  status: number;
  body: T;
  /** True when this is the stored answer to an earlier request with the same key. */
  replayed?: boolean;
}

/**
 * `Idempotency-Key` on creating POSTs (docs/architecture.md, "HTTP APIs"). The key and the response are stored in the
 * same transaction as the state change, so a retried request gets the first answer and changes nothing; a
 * concurrent duplicate waits on the key's row and then sees that answer.
 */
@Injectable()
export class IdempotencyService {
  async execute<T>(
    manager: EntityManager,
    input: { key: string | undefined; scope: string; request: unknown },
    work: () => Promise<IdempotentResult<T>>,
  ): Promise<IdempotentResult<T>> {
    if (input.key === undefined) return work();
    if (!/^[\x21-\x7e]{1,200}$/.test(input.key)) {
      throw new DomainError('IDEMPOTENCY.INVALID_KEY', 'Idempotency-Key must be 1-200 visible ASCII characters', 400);
    }
    const hash = createHash('sha256').update(JSON.stringify(input.request ?? null)).digest('hex');
    const inserted: unknown[] = await manager.query(
      `INSERT INTO platform_idempotency_key (scope, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`,
      [input.scope, input.key, hash],
    );
    if (inserted.length === 0) {
      const [row] = await manager.query(
        `SELECT request_hash, response_status, response_body FROM platform_idempotency_key WHERE scope = $1 AND key = $2`,
        [input.scope, input.key],
      );
      if (row.request_hash !== hash) {
        throw new DomainError('IDEMPOTENCY.KEY_REUSED', 'This Idempotency-Key was used for a different request', 422);
      }
      return { status: row.response_status, body: row.response_body as T, replayed: true };
    }
    const result = await work();
    await manager.query(
      `UPDATE platform_idempotency_key SET response_status = $3, response_body = $4 WHERE scope = $1 AND key = $2`,
      [input.scope, input.key, result.status, JSON.stringify(result.body)],
    );
    return result;
  }
}

export class CreateIdempotencyKeys1732320000100 implements MigrationInterface {
  name = 'CreateIdempotencyKeys1732320000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE platform_idempotency_key (
        scope text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        response_status int,
        response_body jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE platform_idempotency_key`);
  }
}
