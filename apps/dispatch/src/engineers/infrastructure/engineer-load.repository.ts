import { EntityManager } from 'typeorm';

/**
 * The engineer's load counter (open orders), kept in the assignment's transaction. A slot is claimed with one
 * conditional UPDATE, so concurrent assignments never overfill an engineer and never lock the others (R-DS-3).
 */
export async function claimSlot(m: EntityManager, engineerId: string, overCapacity: boolean): Promise<boolean> {
  const [rows] = await m.query(
    `UPDATE engineers SET open_orders = open_orders + 1 WHERE id = $1 AND active ${overCapacity ? '' : 'AND open_orders < max_concurrent_orders'} RETURNING id`,
    [engineerId],
  );
  return rows.length === 1;
}

export async function freeSlot(m: EntityManager, engineerId: string): Promise<void> {
  await m.query(`UPDATE engineers SET open_orders = GREATEST(open_orders - 1, 0) WHERE id = $1`, [engineerId]);
}
