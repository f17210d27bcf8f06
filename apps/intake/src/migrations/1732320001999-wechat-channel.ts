import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The WeChat official account channel (R-IN-1): every post WeChat made, by MsgId, with the reply we gave (its
 * retries are recognised), and the followers with the customer contact each identified as.
 */
export class WechatChannel1732320001999 implements MigrationInterface {
  name = 'WechatChannel1732320001999';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE wechat_followers (
        open_id text PRIMARY KEY,
        account_id text NOT NULL,
        customer_id uuid REFERENCES customers (id),
        contact_id uuid REFERENCES customer_contacts (id),
        linked_by text CHECK (linked_by IN ('phone', 'case-number')),
        linked_at timestamptz,
        pending_text text,
        last_message_at timestamptz NOT NULL,
        subscribed boolean NOT NULL DEFAULT true
      )`);
    await q.query(`CREATE INDEX wechat_followers_customer ON wechat_followers (customer_id) WHERE customer_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE wechat_inbound (
        inbound_key text PRIMARY KEY,
        open_id text NOT NULL,
        received_at timestamptz NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('case-opened', 'note-added', 'linked', 'asked-to-identify', 'ignored')),
        case_id uuid REFERENCES cases (id),
        reply_text text
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE wechat_inbound`);
    await q.query(`DROP TABLE wechat_followers`);
  }
}
