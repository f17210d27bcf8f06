import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue #10: the WeCom (企业微信) group robot is a channel a person may prefer, like DingTalk. */
export class WecomChannel1732320007200 implements MigrationInterface {
  name = 'WecomChannel1732320007200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE directory_people DROP CONSTRAINT directory_people_preferred_channel_check`);
    await q.query(`ALTER TABLE directory_people ADD CONSTRAINT directory_people_preferred_channel_check CHECK (preferred_channel IN ('email', 'sms', 'in-app', 'dingtalk', 'wecom'))`);
    await q.query(`ALTER TABLE notification_deliveries DROP CONSTRAINT notification_deliveries_channel_check`);
    await q.query(`ALTER TABLE notification_deliveries ADD CONSTRAINT notification_deliveries_channel_check CHECK (channel IN ('email', 'sms', 'in-app', 'dingtalk', 'wecom'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification_deliveries DROP CONSTRAINT notification_deliveries_channel_check`);
    await q.query(`ALTER TABLE notification_deliveries ADD CONSTRAINT notification_deliveries_channel_check CHECK (channel IN ('email', 'sms', 'in-app', 'dingtalk'))`);
    await q.query(`ALTER TABLE directory_people DROP CONSTRAINT directory_people_preferred_channel_check`);
    await q.query(`ALTER TABLE directory_people ADD CONSTRAINT directory_people_preferred_channel_check CHECK (preferred_channel IN ('email', 'sms', 'in-app', 'dingtalk'))`);
  }
}
