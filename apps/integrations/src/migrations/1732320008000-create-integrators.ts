import { MigrationInterface, QueryRunner } from 'typeorm';

/** R-IG-1..3: integrators with their client id, the hash of their secret (never the secret) and their scope. */
export class CreateIntegrators1732320008000 implements MigrationInterface {
  name = 'CreateIntegrators1732320008000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE integrators (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        client_id text NOT NULL UNIQUE,
        secret_hash text NOT NULL,
        subjects text[] NOT NULL CHECK (cardinality(subjects) > 0),
        status text NOT NULL CHECK (status IN ('active', 'revoked')),
        registered_by text NOT NULL,
        registered_at timestamptz NOT NULL,
        revoked_by text,
        revoked_at timestamptz,
        version int NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE integrators`);
  }
}
