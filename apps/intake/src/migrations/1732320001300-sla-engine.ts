import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The SLA engine's tables (issue #3). Plans and calendars are data (JSON documents validated by the API); each
 * case's clocks keep the definition they run under, their pauses, an append-only ledger, and the escalations
 * raised with the managers' reaction. The default plans and calendars are written at start when missing.
 */
export class SlaEngine1732320001300 implements MigrationInterface {
  name = 'SlaEngine1732320001300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sla_calendar (
        id          text PRIMARY KEY,
        definition  jsonb NOT NULL,
        version     integer NOT NULL DEFAULT 1,
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE sla_plan (
        code        text PRIMARY KEY,
        name        text NOT NULL,
        definition  jsonb NOT NULL,
        version     integer NOT NULL DEFAULT 1,
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE sla_clock (
        id              uuid PRIMARY KEY,
        case_id         uuid NOT NULL REFERENCES cases (id),
        clock           text NOT NULL,
        plan_code       text NOT NULL,
        priority        text NOT NULL,
        channel         text NOT NULL,
        target_minutes  integer NOT NULL,
        calendar_id     text NOT NULL,
        definition      jsonb NOT NULL,
        started_at      timestamptz NOT NULL,
        stopped_at      timestamptz,
        stopped_by      text,
        due_at          timestamptz,
        breached_at     timestamptz,
        state           text NOT NULL,
        version         integer NOT NULL DEFAULT 1,
        updated_at      timestamptz NOT NULL,
        UNIQUE (case_id, clock)
      )`);
    await q.query(`CREATE INDEX sla_clock_open_by_calendar ON sla_clock (calendar_id) WHERE stopped_at IS NULL`);
    await q.query(`
      CREATE TABLE sla_pause (
        id          uuid PRIMARY KEY,
        case_id     uuid NOT NULL REFERENCES cases (id),
        clock       text,
        status      text NOT NULL,
        started_at  timestamptz NOT NULL,
        ended_at    timestamptz
      )`);
    await q.query(`CREATE INDEX sla_pause_case ON sla_pause (case_id)`);
    await q.query(`
      CREATE TABLE sla_ledger (
        id       bigserial PRIMARY KEY,
        case_id  uuid NOT NULL REFERENCES cases (id),
        clock    text NOT NULL,
        at       timestamptz NOT NULL,
        kind     text NOT NULL,
        rule     text NOT NULL,
        detail   jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query(`CREATE INDEX sla_ledger_case ON sla_ledger (case_id, id)`);
    await q.query(`
      CREATE TABLE sla_escalation (
        id            uuid PRIMARY KEY,
        case_id       uuid NOT NULL REFERENCES cases (id),
        clock         text NOT NULL,
        level         integer NOT NULL,
        reason        text NOT NULL,
        recipients    jsonb NOT NULL,
        escalated_at  timestamptz NOT NULL,
        react_by      timestamptz,
        reacted_at    timestamptz,
        reacted_by    text,
        UNIQUE (case_id, clock, level)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sla_escalation, sla_ledger, sla_pause, sla_clock, sla_plan, sla_calendar`);
  }
}
