/**
 * Issue #15: intake knows who works the case. Dispatch's work-order.assigned.v1 puts the engineer on the case (R-IN-6),
 * a reassignment replaces them, a late copy of an older assignment changes nothing, and the SLA notices name the
 * engineer (R-SLA-7). Real PostgreSQL and NATS, a manual clock; a P2 case opened Monday 10:00 (Asia/Shanghai).
 */
import { randomUUID } from 'node:crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { CaseAssignedV1, SlaWarningV1 } from '@aftersales/contracts-intake';
import { WorkOrderAssignedV1, WorkOrderAssignedV1Data } from '@aftersales/contracts-dispatch';
import { Role, signDevToken } from '@aftersales/platform-auth';
import { createServiceApp, runMigrations } from '@aftersales/platform-service-defaults';
import { EventCollector, TestDatabase, collectEvents, createTestDatabase, provisionTestStream, publishTestEvent, testInfra, testNamespace, waitFor } from '@aftersales/platform-testing';
import { ManualClock, TimerWorker } from '@aftersales/platform-timers';
import { AppModule } from '../src/app.module';
import { intakeService } from '../src/intake.service-definition';

const SECRET = 'intake-case-engineer-test-secret-0123456789';
const sh = (local: string) => new Date(`${local}+08:00`);

type Reply = { status: number; body: any; headers: Record<string, unknown> }; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('intake knows who works the case: the engineer dispatch assigned (issue #15)', () => {
  const natsUrl = testInfra().natsUrl;
  const ns = testNamespace('intake_engineer');
  const clock = new ManualClock(sh('2026-11-23T10:00:00'));
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  let events: EventCollector;
  let customerId: string;

  const http = async (method: 'GET' | 'POST', url: string, role: Role, payload?: unknown): Promise<Reply> => {
    const auth = await signDevToken({ role, secret: SECRET, issuer: 'aftersales', audience: 'aftersales-api', sub: `${role}-1` });
    const res = await app
      .getHttpAdapter()
      .getInstance()
      .inject({ method, url, payload: payload === undefined ? undefined : JSON.stringify(payload), headers: { authorization: `Bearer ${auth}`, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) } });
    return { status: res.statusCode, body: res.body ? res.json() : null, headers: res.headers };
  };
  const openCase = async () => {
    const res = await http('POST', '/v1/cases', 'agent', {
      channel: 'hotline',
      customerId,
      contact: { name: 'Li Lei', phone: '+86 21 5555 0199' },
      productModel: 'PX-2000',
      serialNumber: `SN-${randomUUID().slice(0, 8)}`,
      category: 'fault-hardware',
      priority: 'P2',
      symptoms: 'The printer head jams on every page',
    });
    expect(res.status).toBe(201);
    return res.body as { id: string; caseNumber: string; version: number };
  };
  const getCase = async (id: string) => (await http('GET', `/v1/cases/${id}`, 'agent')).body;
  const fire = async () => {
    const worker = app.get(TimerWorker);
    while ((await worker.runOnce()) > 0);
  };
  const assign = (caseId: string, engineerId: string, assignedAt: string, over: Partial<WorkOrderAssignedV1Data> = {}) =>
    publishTestEvent(natsUrl, ns, WorkOrderAssignedV1, {
      aggregateId: workOrderId,
      data: { workOrderId, workOrderNumber: 'WO-20261123-000007', caseId, engineerId, serviceMode: 'on-site', assignment: 'automatic', assignedAt, previousEngineerId: null, ...over },
    });
  /** The event was handled (its inbox row is written in the handler's transaction): a sentinel, no sleep. */
  const handled = (eventId: string) =>
    waitFor(async () => (await ds.query(`SELECT 1 FROM messaging_inbox WHERE event_id = $1`, [eventId])).length > 0, { what: `event ${eventId} handled` });
  const workOrderId = uuidv7();
  beforeAll(async () => {
    db = await createTestDatabase('intake-engineer');
    const env = { DATABASE_URL: db.url, NATS_URL: natsUrl, NATS_NAMESPACE: ns, PORT: '0', AUTH_JWT_SECRET: SECRET, LOG_LEVEL: 'silent', TIMERS_POLL_INTERVAL_MS: '3600000' };
    await provisionTestStream(natsUrl, ns, 'warranty');
    await provisionTestStream(natsUrl, ns, 'dispatch');
    await runMigrations(intakeService, env);
    app = await createServiceApp(AppModule, intakeService, env, { clock });
    ds = app.get(DataSource);
    events = await collectEvents(natsUrl, ns, 'intake');
    const customer = await http('POST', '/v1/customers', 'agent', { kind: 'company', name: 'Shanghai Print Works' });
    expect(customer.status).toBe(201);
    customerId = customer.body.id;
  });

  afterAll(async () => {
    await events?.stop();
    await app?.close();
    await db?.drop();
  });

  it('the engineer dispatch assigned is on the case and named in its SLA warning; a reassignment replaces them; a late older copy changes nothing', async () => {
    const liWei = '0192f3a0-7c1e-7c3a-9a4e-0000000000e1';
    const zhaoMin = '0192f3a0-7c1e-7c3a-9a4e-0000000000e2';
    clock.set(sh('2026-11-23T10:00:00'));
    const c = await openCase();
    await handled((await assign(c.id, liWei, sh('2026-11-23T10:05:00').toISOString())).id);
    expect(await getCase(c.id)).toMatchObject({ assigneeId: liWei, assignedAt: sh('2026-11-23T10:05:00').toISOString() });
    const assigned = await events.waitFor((e) => e.type === CaseAssignedV1.subject && e.subject === c.id);
    expect(assigned.data).toMatchObject({ caseId: c.id, assigneeId: liWei, previousAssigneeId: null, assignedBy: 'system:dispatch' });

    // Half the response hour (R-SLA-1 ladder): the warning names the engineer working the case.
    clock.set(sh('2026-11-23T10:30:00'));
    await fire();
    const warning = await events.waitFor((e) => e.type === SlaWarningV1.subject && (e.data as { caseId: string }).caseId === c.id);
    expect(warning.data).toMatchObject({ clock: 'response', recipients: { users: [liWei] } });

    await handled((await assign(c.id, zhaoMin, sh('2026-11-23T10:50:00').toISOString(), { assignment: 'reassigned', previousEngineerId: liWei, respondImmediately: true })).id);
    expect(await getCase(c.id)).toMatchObject({ assigneeId: zhaoMin, assignedAt: sh('2026-11-23T10:50:00').toISOString() });

    const late = await assign(c.id, liWei, sh('2026-11-23T10:05:00').toISOString());
    await handled(late.id);
    expect(await getCase(c.id)).toMatchObject({ assigneeId: zhaoMin });
    const log = (await http('GET', `/v1/cases/${c.id}/activity`, 'agent')).body.items.filter((a: { kind: string }) => a.kind === 'engineer-assigned');
    expect(log.map((a: { detail: { engineerId: string; previousAssigneeId: string | null } }) => [a.detail.engineerId, a.detail.previousAssigneeId])).toEqual([
      [liWei, null],
      [zhaoMin, liWei],
    ]);
    expect(log.every((a: { visibility: string }) => a.visibility === 'internal')).toBe(true);
  });
});
