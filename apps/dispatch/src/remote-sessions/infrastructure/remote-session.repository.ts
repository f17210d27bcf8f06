import { EntityManager } from 'typeorm';
import { remoteSessionNotFound } from '../remote-session.errors';
import { RemoteSessionEntity } from './remote-session.entity';

/** The session, locked for the rest of the transaction. */
export async function lockRemoteSession(m: EntityManager, id: string): Promise<RemoteSessionEntity> {
  const s = await m.getRepository(RemoteSessionEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!s) throw remoteSessionNotFound(id);
  return s;
}

/** The open session of a work order, if any (one at a time). */
export async function openSessionOf(m: EntityManager, workOrderId: string): Promise<{ id: string } | undefined> {
  const [open] = await m.query(`SELECT id FROM remote_sessions WHERE work_order_id = $1 AND ended_at IS NULL`, [workOrderId]);
  return open;
}
