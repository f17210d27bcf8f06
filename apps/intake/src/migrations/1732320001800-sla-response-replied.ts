import { MigrationInterface, QueryRunner } from 'typeorm';

/** A stored clock definition, as much of it as this migration reads. */
interface StoredClock {
  clock: string;
  stopOn: string[];
}

/** Adds the `replied` milestone to a response clock's stop conditions; other clocks are left as they are. */
function withReply(def: StoredClock): StoredClock {
  if (def.clock !== 'response' || def.stopOn.includes('replied')) return def;
  return { ...def, stopOn: [...def.stopOn, 'replied'] };
}

/**
 * R-SLA-1 (issue #15): a public reply by staff answers the customer, so it meets the response clock (milestone
 * `replied`). The stored plans and the running response clocks learn it too: they keep the definition they started
 * under, which predates the milestone.
 */
export class SlaResponseReplied1732320001800 implements MigrationInterface {
  name = 'SlaResponseReplied1732320001800';

  async up(q: QueryRunner): Promise<void> {
    const plans: { code: string; definition: { clocks: Record<string, StoredClock[]> } }[] = await q.query(`SELECT code, definition FROM sla_plan`);
    for (const plan of plans) {
      const clocks = Object.fromEntries(Object.entries(plan.definition.clocks ?? {}).map(([priority, defs]) => [priority, defs.map(withReply)]));
      await q.query(`UPDATE sla_plan SET definition = $2 WHERE code = $1`, [plan.code, { ...plan.definition, clocks }]);
    }
    const running: { id: string; definition: StoredClock }[] = await q.query(`SELECT id, definition FROM sla_clock WHERE clock = 'response' AND stopped_at IS NULL`);
    for (const row of running) {
      await q.query(`UPDATE sla_clock SET definition = $2 WHERE id = $1`, [row.id, withReply(row.definition)]);
    }
  }

  async down(): Promise<void> {
    // The extra stop condition is harmless to an older version: nothing to undo.
  }
}
