/**
 * The directory as a projection of dispatch, and roles in the case's branch (issue #10, R-SLA-7), on real PostgreSQL
 * and NATS: engineers and org-unit managers named in dispatch are told without being entered again; "the
 * response-center manager of the case's branch" is the manager of the branch covering the case's site (else of its
 * engineer's home branch); a branch's on-call roster holds by time; a role nobody holds is recorded with the branch.
 */
import { randomUUID } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { v7 as uuidv7 } from 'uuid';
import { EngineerProfileChangedV1, EngineerProfileChangedV1Data, OrgUnitChangedV1, OrgUnitChangedV1Data, WorkOrderAssignedV1 } from '@aftersales/contracts-dispatch';
import { CaseDispatchRequestedV1, SlaBreachedV1, SlaBreachedV1Data } from '@aftersales/contracts-intake';
import { durableName, wireStreamName } from '@aftersales/platform-messaging';
import { ServiceUnderTest, startServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { AppModule } from '../src/app.module';
import { notificationsService } from '../src/notifications.service-definition';

interface Delivery {
  personId: string;
  channel: string;
  status: string;
  notice: string;
}

describe('notifications: the directory follows dispatch, and roles resolve in the case’s branch', () => {
  const clock = new ManualClock('2026-11-23T02:00:00Z');
  let t: ServiceUnderTest<ManualClock>;
  let adminToken: string;

  const shManager = { userId: randomUUID(), name: 'Wang Fang', email: 'wang.fang@sh.example', phone: '13900000001' };
  const njManager = { userId: randomUUID(), name: 'Zhou Min', email: 'zhou.min@nj.example', phone: '13900000002' };
  const newShManager = { userId: randomUUID(), name: 'Chen Jing', email: 'chen.jing@sh.example', phone: null };
  const engineer = randomUUID();

  const admin = async (url: string, method: 'GET' | 'PUT' = 'GET', body?: unknown) => t.http(method, url, { token: adminToken, body });
  const unit = (over: Partial<OrgUnitChangedV1Data>): OrgUnitChangedV1Data => ({ code: 'BR-SH', name: 'Shanghai branch', kind: 'branch', regions: ['east'], neighbours: [], manager: null, changedAt: '2026-11-23T01:00:00.000Z', ...over });
  const profile: EngineerProfileChangedV1Data = {
    engineerId: engineer,
    name: 'Li Wei',
    email: 'li.wei@nj.example',
    phone: '13900000003',
    homeBranch: 'BR-NJ',
    region: 'central-east',
    active: true,
    timeZone: 'Asia/Shanghai',
    changedAt: '2026-11-23T01:00:00.000Z',
  };
  const breach = (caseId: string, roles: string[], channels: ('email' | 'sms')[] = ['email', 'sms']): SlaBreachedV1Data => ({
    caseId,
    caseNumber: `CS-${caseId.slice(0, 8)}`,
    priority: 'P1',
    planCode: 'standard',
    clock: 'diagnosis',
    targetMinutes: 60,
    calendarId: '24x7',
    rule: 'R-SLA-3',
    dueAt: '2026-11-23T03:00:00.000Z',
    breachedAt: '2026-11-23T03:00:00.120Z',
    recipients: { roles, users: [], channels },
  });
  const deliveries = (caseId: string, count: number) =>
    waitFor(async () => {
      const items = (await admin(`/v1/notifications/deliveries?caseId=${caseId}&limit=100`)).body.items as Delivery[];
      return items.length >= count ? items : undefined;
    }, { what: `${count} deliveries of ${caseId}` });
  const told = (items: Delivery[]) => items.map((d) => [d.personId, d.channel]).sort();
  const placed = (caseId: string, column: 'region' | 'engineer_id') =>
    waitFor(async () => ((await t.query(`SELECT ${column} AS v FROM directory_case_branches WHERE case_id = $1`, [caseId]))[0]?.v as string | undefined) ?? undefined, {
      what: `case ${caseId} placed`,
    });
  const managersOf = async (code: string) =>
    ((await admin(`/v1/directory/role-assignments?role=response-center-manager`)).body.items as { orgUnit: string | null; personId: string; validUntil: string | null; source: string | null }[]).filter(
      (a) => a.orgUnit === code,
    );
  /** The durable consumer has taken and acknowledged everything published so far (the sentinel for "nothing else"). */
  const settled = async (purpose: string) => {
    const nc = await connect({ servers: t.natsUrl });
    try {
      const jsm = await jetstreamManager(nc);
      await waitFor(async () => {
        const info = await jsm.consumers.info(wireStreamName(t.ns, 'dispatch'), durableName(t.ns, 'notifications', purpose));
        return info.num_pending === 0 && info.num_ack_pending === 0 ? true : undefined;
      }, { what: `consumer ${purpose} settled` });
    } finally {
      await nc.close();
    }
  };
  const dispatchRequested = (caseId: string, region: string | null) =>
    t.publish(CaseDispatchRequestedV1, {
      aggregateId: caseId,
      data: { ...CaseDispatchRequestedV1.example, caseId, region },
    });
  const assigned = (caseId: string) => {
    const workOrderId = uuidv7();
    return t.publish(WorkOrderAssignedV1, {
      aggregateId: workOrderId,
      data: { workOrderId, workOrderNumber: 'WO-20261123-000100', caseId, engineerId: engineer, serviceMode: 'on-site', assignment: 'automatic', assignedAt: '2026-11-23T02:30:00.000Z' },
    });
  };

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: notificationsService, appModule: AppModule, clock, streams: ['intake', 'dispatch'], env: { TIMERS_POLL_INTERVAL_MS: '3600000' } });
    adminToken = await t.token('admin', { sub: 'u-admin' });
    await t.publish(OrgUnitChangedV1, { aggregateId: 'BR-SH', data: unit({ manager: shManager }) });
    await t.publish(OrgUnitChangedV1, { aggregateId: 'BR-NJ', data: unit({ code: 'BR-NJ', name: 'Nanjing branch', regions: ['central-east'], manager: njManager }) });
    await t.publish(EngineerProfileChangedV1, { aggregateId: engineer, data: profile });
    await waitFor(async () => ((await managersOf('BR-NJ')).length === 1 && (await admin(`/v1/directory/people/${engineer}`)).status === 200 ? true : undefined), { what: 'the projection' });
  });
  afterAll(() => t?.close());

  it('knows the engineers and managers dispatch names, with their contacts, without re-entry', async () => {
    expect((await admin(`/v1/directory/people/${engineer}`)).body).toMatchObject({
      name: 'Li Wei',
      email: 'li.wei@nj.example',
      phone: '13900000003',
      preferredChannel: 'sms',
      language: 'zh-CN',
      timeZone: 'Asia/Shanghai',
      authSubject: engineer,
      externalIds: [engineer],
      orgUnit: 'BR-NJ',
      active: true,
    });
    expect((await admin(`/v1/directory/people/${shManager.userId}`)).body).toMatchObject({ name: 'Wang Fang', email: 'wang.fang@sh.example', phone: '13900000001', authSubject: shManager.userId });
    expect(await managersOf('BR-SH')).toEqual([expect.objectContaining({ personId: shManager.userId, validUntil: null, source: 'dispatch:org-unit:BR-SH' })]);
  });

  it("a P1 breach reaches the response-center manager of the branch covering the case's site, and the case's engineer (R-SLA-7)", async () => {
    clock.set('2026-11-23T03:00:01Z');
    const caseId = randomUUID();
    await dispatchRequested(caseId, 'east');
    await assigned(caseId);
    await placed(caseId, 'region');
    await placed(caseId, 'engineer_id');
    await t.publish(SlaBreachedV1, { aggregateId: caseId, data: breach(caseId, ['engineer', 'response-center-manager']) });
    // The engineer is from the neighbouring Nanjing branch; the site is Shanghai's, so Shanghai's manager is told.
    expect(told(await deliveries(caseId, 6))).toEqual(
      [
        [shManager.userId, 'email'],
        [shManager.userId, 'sms'],
        [shManager.userId, 'in-app'],
        [engineer, 'email'],
        [engineer, 'sms'],
        [engineer, 'in-app'],
      ].sort(),
    );
  });

  it("without a known site, the case's branch is its engineer's home branch", async () => {
    const caseId = randomUUID();
    await assigned(caseId);
    await placed(caseId, 'engineer_id');
    await t.publish(SlaBreachedV1, { aggregateId: caseId, data: breach(caseId, ['response-center-manager']) });
    expect(told(await deliveries(caseId, 3))).toEqual([
      [njManager.userId, 'email'],
      [njManager.userId, 'in-app'],
      [njManager.userId, 'sms'],
    ]);
  });

  it("a branch's on-call roster holds by time: this week's technical manager in Shanghai is told, not last week's; a case of no known branch goes to the platform-wide one", async () => {
    const put = async (id: string, name: string) => expect((await admin(`/v1/directory/people/${id}`, 'PUT', { name, email: `${name.toLowerCase()}@x.example`, preferredChannel: 'email', language: 'en', timeZone: 'Asia/Shanghai' })).status).toBe(201);
    const [thisWeek, lastWeek, platform] = [randomUUID(), randomUUID(), randomUUID()];
    await put(thisWeek, 'Thisweek');
    await put(lastWeek, 'Lastweek');
    await put(platform, 'Platform');
    for (const a of [
      { role: 'technical-manager', orgUnit: 'BR-SH', personId: lastWeek, validFrom: '2026-11-16T00:00:00Z', validUntil: '2026-11-23T00:00:00Z' },
      { role: 'technical-manager', orgUnit: 'BR-SH', personId: thisWeek, validFrom: '2026-11-23T00:00:00Z', validUntil: '2026-11-30T00:00:00Z' },
      { role: 'technical-manager', orgUnit: null, personId: platform, validFrom: '2026-11-01T00:00:00Z' },
    ])
      expect((await admin(`/v1/directory/role-assignments/${randomUUID()}`, 'PUT', a)).status).toBe(201);
    const inShanghai = randomUUID();
    await dispatchRequested(inShanghai, 'east');
    await placed(inShanghai, 'region');
    await t.publish(SlaBreachedV1, { aggregateId: inShanghai, data: breach(inShanghai, ['technical-manager'], ['email']) });
    expect(told(await deliveries(inShanghai, 2))).toEqual([
      [thisWeek, 'email'],
      [thisWeek, 'in-app'],
    ]);
    const nowhere = randomUUID();
    await t.publish(SlaBreachedV1, { aggregateId: nowhere, data: breach(nowhere, ['technical-manager'], ['email']) });
    expect(told(await deliveries(nowhere, 2))).toEqual([
      [platform, 'email'],
      [platform, 'in-app'],
    ]);
  });

  it('a new manager named in dispatch is told from then on, the former one no more; an older event arriving late changes nothing', async () => {
    clock.set('2026-11-24T03:00:00Z');
    await t.publish(OrgUnitChangedV1, { aggregateId: 'BR-SH', sequence: 2, data: unit({ manager: newShManager, changedAt: '2026-11-24T01:00:00.000Z' }) });
    await waitFor(async () => ((await managersOf('BR-SH')).some((a) => a.personId === newShManager.userId) ? true : undefined), { what: 'the new manager' });
    // The first event once more, late: the newer state stands.
    await t.publish(OrgUnitChangedV1, { aggregateId: 'BR-SH', data: unit({ manager: shManager }) });
    await settled('directory-org-units');
    const caseId = randomUUID();
    await dispatchRequested(caseId, 'east');
    await placed(caseId, 'region');
    await t.publish(SlaBreachedV1, { aggregateId: caseId, data: breach(caseId, ['response-center-manager']) });
    const items = await deliveries(caseId, 3);
    expect(items.map((d) => [d.personId, d.channel, d.status]).sort()).toEqual(
      [
        [newShManager.userId, 'email', 'queued'],
        [newShManager.userId, 'in-app', 'sent'],
        // Dispatch knows no mobile for them: recorded, not silently skipped.
        [newShManager.userId, 'sms', 'failed'],
      ].sort(),
    );
    expect((await managersOf('BR-SH')).map((a) => [a.personId, a.validUntil]).sort()).toEqual(
      [
        [shManager.userId, '2026-11-24T01:00:00.000Z'],
        [newShManager.userId, null],
      ].sort(),
    );
  });

  it("a role nobody holds in the case's branch or platform-wide is recorded with the branch and readable, never dropped", async () => {
    const caseId = randomUUID();
    await dispatchRequested(caseId, 'east');
    await placed(caseId, 'region');
    await t.publish(SlaBreachedV1, { aggregateId: caseId, data: breach(caseId, ['general-manager']) });
    const unresolved = await waitFor(async () => {
      const items = (await admin(`/v1/notifications/unresolved?caseId=${caseId}`)).body.items as { kind: string; ref: string; orgUnit: string | null; reason: string }[];
      return items.length > 0 ? items : undefined;
    }, { what: 'the unresolved role' });
    expect(unresolved).toEqual([expect.objectContaining({ kind: 'role', ref: 'general-manager', orgUnit: 'BR-SH', reason: 'nobody holds general-manager in BR-SH or platform-wide at 2026-11-24T03:00:00.000Z' })]);
  });
});
