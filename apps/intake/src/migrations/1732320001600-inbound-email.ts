import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every mail the email channel took, by Message-ID: written in the transaction that opens the case or adds the
 * note, so a re-sent mail (an SMTP retry after a lost 250) is recognised and changes nothing the second time.
 * Replies that name no case number are threaded through it too: In-Reply-To/References -> the case.
 */
export class InboundEmail1732320001600 implements MigrationInterface {
  name = 'InboundEmail1732320001600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE inbound_email (
        message_key text PRIMARY KEY,
        received_at timestamptz NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('case-opened', 'note-added', 'ignored')),
        case_id uuid REFERENCES cases (id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE inbound_email`);
  }
}
