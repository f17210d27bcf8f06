import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Customers, their contacts and sites, searchable by name, code, phone and email. pg_trgm GIN indexes serve
 * `ILIKE '%…%'` in any script, so 王芳 or 华为 are found as well as Latin names.
 */
export class CreateCustomers1732320001500 implements MigrationInterface {
  name = 'CreateCustomers1732320001500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE SEQUENCE customer_code_seq`);
    await q.query(`
      CREATE TABLE customers (
        id uuid PRIMARY KEY,
        code text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('person', 'company')),
        name text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version int NOT NULL
      )`);
    // Codes are compared as people type them: CU-1 and cu-1 are one customer.
    await q.query(`CREATE UNIQUE INDEX customers_code ON customers (lower(code))`);
    await q.query(`CREATE INDEX customers_name_trgm ON customers USING gin (name gin_trgm_ops)`);
    await q.query(`CREATE INDEX customers_code_trgm ON customers USING gin (code gin_trgm_ops)`);
    await q.query(`
      CREATE TABLE customer_contacts (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customers (id),
        name text NOT NULL,
        phone text,
        phone_digits text GENERATED ALWAYS AS (regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')) STORED,
        email text,
        preferred_channel text NOT NULL CHECK (preferred_channel IN ('phone', 'sms', 'email', 'wechat', 'letter')),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX customer_contacts_customer ON customer_contacts (customer_id, id)`);
    await q.query(`CREATE INDEX customer_contacts_name_trgm ON customer_contacts USING gin (name gin_trgm_ops)`);
    await q.query(`CREATE INDEX customer_contacts_phone_trgm ON customer_contacts USING gin (phone_digits gin_trgm_ops)`);
    await q.query(`CREATE INDEX customer_contacts_email_trgm ON customer_contacts USING gin (email gin_trgm_ops)`);
    await q.query(`
      CREATE TABLE customer_sites (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customers (id),
        name text NOT NULL,
        address text NOT NULL,
        region text,
        time_zone text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX customer_sites_customer ON customer_sites (customer_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE customer_sites`);
    await q.query(`DROP TABLE customer_contacts`);
    await q.query(`DROP TABLE customers`);
    await q.query(`DROP SEQUENCE customer_code_seq`);
  }
}
