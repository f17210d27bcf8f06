/**
 * `npm run dead-letters -- <command> [--database-url URL]` on one service's database (default: DATABASE_URL):
 *   list [--consumer NAME] [--all]      dead letters not yet replayed (--all: replayed ones too)
 *   show <id>                           one dead letter with its payload and error
 *   replay <id> | --consumer NAME       ask the running service to replay; it does so within seconds, through the
 *                                       same validation, inbox and handler as a live message, and records the outcome
 */
import { parseArgs } from 'node:util';
import { Client } from 'pg';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'database-url': { type: 'string' }, consumer: { type: 'string' }, all: { type: 'boolean', default: false } },
  });
  const [command, id] = positionals;
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  if (!url || !['list', 'show', 'replay'].includes(command ?? '')) {
    console.error('Usage: npm run dead-letters -- list|show <id>|replay <id>|replay --consumer NAME [--database-url postgres://.../aftersales_<service>]');
    process.exit(2);
  }
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    if (command === 'list') {
      const { rows } = await db.query(
        `SELECT id, consumer, subject, error_kind, deliveries, created_at, replay_requested_at, replayed_at, left(coalesce(last_replay_error, error), 80) AS error
           FROM messaging_dead_letter
          WHERE ($1::text IS NULL OR consumer = $1) AND ($2 OR replayed_at IS NULL)
          ORDER BY created_at DESC LIMIT 200`,
        [values.consumer ?? null, values.all],
      );
      if (rows.length === 0) console.log('No dead letters.');
      else console.table(rows.map((r) => ({ ...r, error: String(r.error).split('\n')[0] })));
    } else if (command === 'show') {
      const { rows } = await db.query(`SELECT * FROM messaging_dead_letter WHERE id = $1::uuid`, [id]);
      if (rows.length === 0) throw new Error(`No dead letter ${id}`);
      console.log(JSON.stringify(rows[0], null, 2));
    } else {
      if (!id && !values.consumer) throw new Error('replay needs an id or --consumer NAME');
      const { rowCount } = id
        ? await db.query(`UPDATE messaging_dead_letter SET replay_requested_at = now() WHERE id = $1::uuid AND replayed_at IS NULL`, [id])
        : await db.query(`UPDATE messaging_dead_letter SET replay_requested_at = now() WHERE consumer = $1 AND replayed_at IS NULL`, [values.consumer]);
      console.log(`${rowCount} dead letter(s) marked for replay; the running service replays them within seconds (see 'list --all').`);
    }
  } finally {
    await db.end();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
