import { MigrationInterface, QueryRunner } from 'typeorm';

/** R-CP-5: whether each customer complained before, from complaints' events, so assignment prefers seniority for them. */
export class ComplaintStanding1732320002750 implements MigrationInterface {
  name = 'ComplaintStanding1732320002750';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE customer_complaint_standing (customer_id uuid PRIMARY KEY, complained_before boolean NOT NULL, version int NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE customer_complaint_standing`);
  }
}
