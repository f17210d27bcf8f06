import { EntityManager } from 'typeorm';

/**
 * Human-readable numbers such as CS-20261123-000042 (R-IN-3): a prefix, the UTC day, and a PostgreSQL sequence
 * (gap-free enough for people, unique always, and safe under concurrency).
 */
export async function nextDocumentNumber(m: EntityManager, sequence: string, prefix: string, now = new Date()): Promise<string> {
  const [{ n }] = await m.query(`SELECT nextval($1::regclass) AS n`, [sequence]);
  return `${prefix}-${now.toISOString().slice(0, 10).replace(/-/g, '')}-${String(n).padStart(6, '0')}`;
}
