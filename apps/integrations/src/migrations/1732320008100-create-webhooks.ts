import { MigrationInterface, QueryRunner } from 'typeorm';

/** R-IG-4..6: webhook endpoints, one delivery per endpoint and event (and per manual replay), every attempt. */
export class CreateWebhooks1732320008100 implements MigrationInterface {
  name = 'CreateWebhooks1732320008100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY,
        integrator_id uuid NOT NULL REFERENCES integrators (id),
        url text NOT NULL,
        subjects text[] NOT NULL CHECK (cardinality(subjects) > 0),
        ordered boolean NOT NULL,
        secret text NOT NULL,
        status text NOT NULL CHECK (status IN ('enabled', 'disabled')),
        failing_since timestamptz,
        disabled_at timestamptz,
        disabled_reason text,
        created_at timestamptz NOT NULL,
        version int NOT NULL
      )`);
    await q.query(`CREATE INDEX webhook_endpoints_integrator ON webhook_endpoints (integrator_id, id)`);
    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id),
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        aggregate_id text NOT NULL,
        event_sequence int NOT NULL,
        event_time timestamptz NOT NULL,
        body text NOT NULL,
        replay int NOT NULL DEFAULT 0,
        status text NOT NULL CHECK (status IN ('waiting', 'pending', 'delivered', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        last_status int,
        created_at timestamptz NOT NULL,
        delivered_at timestamptz,
        UNIQUE (endpoint_id, event_id, replay)
      )`);
    await q.query(`CREATE INDEX webhook_deliveries_open ON webhook_deliveries (endpoint_id, aggregate_id, event_sequence) WHERE status IN ('waiting', 'pending')`);
    await q.query(`CREATE INDEX webhook_deliveries_time ON webhook_deliveries (endpoint_id, event_time)`);
    await q.query(`
      CREATE TABLE webhook_attempts (
        id uuid PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES webhook_deliveries (id),
        endpoint_id uuid NOT NULL,
        attempt int NOT NULL,
        attempted_at timestamptz NOT NULL,
        status_code int,
        error text,
        latency_ms int NOT NULL
      )`);
    await q.query(`CREATE INDEX webhook_attempts_endpoint ON webhook_attempts (endpoint_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_attempts`);
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE webhook_endpoints`);
  }
}
