import { MigrationInterface, QueryRunner } from 'typeorm';

/** R-IN-2: a case records the proof of purchase the customer has (invoice, warranty card, purchase record, none). */
export class CasePurchaseProof1732320001310 implements MigrationInterface {
  name = 'CasePurchaseProof1732320001310';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN purchase_proof text, ADD COLUMN purchase_proof_reference text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP COLUMN purchase_proof_reference, DROP COLUMN purchase_proof`);
  }
}
