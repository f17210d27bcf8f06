import { MigrationInterface, QueryRunner } from 'typeorm';

/** Attachments of cases (R-IN-2), stored in intake's own database with their SHA-256. */
export class CaseAttachments1732320001520 implements MigrationInterface {
  name = 'CaseAttachments1732320001520';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_attachments (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cases (id),
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        content bytea NOT NULL,
        visibility text NOT NULL CHECK (visibility IN ('public', 'internal')),
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL
      )`);
    // Photos, PDFs and zips are compressed already: EXTERNAL stores them out of line without trying again.
    await q.query(`ALTER TABLE case_attachments ALTER COLUMN content SET STORAGE EXTERNAL`);
    await q.query(`CREATE INDEX case_attachments_case ON case_attachments (case_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_attachments`);
  }
}
