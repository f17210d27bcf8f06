/**
 * Notifications on real PostgreSQL and NATS, with a real SMTP server and an HTTP server playing the SMS gateway
 * (issue #10): the directory over the API, a P1 breach reaching the response-center manager by email and SMS exactly
 * once across a redelivery, a restart and two replicas (R-SLA-7), the R-SLA-4 reminder and reassignment reaching the
 * engineers, an unknown role recorded, quiet hours holding a P4 SMS until the morning digest, a gateway answering
 * 500 then 200 delivering once, and zh-CN and en templates rendered.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { v7 as uuidv7 } from 'uuid';
import { ServiceName } from '@aftersales/contracts-core';
import { OrgUnitChangedV1, WorkOrderAcknowledgementRemindedV1, WorkOrderAssignedV1 } from '@aftersales/contracts-dispatch';
import { CaseDispatchRequestedV1, SlaBreachedV1, SlaBreachedV1Data, SlaWarningV1, SlaWarningV1Data } from '@aftersales/contracts-intake';
import { ComplaintEscalatedV1 } from '@aftersales/contracts-complaints';
import { DepotRepairStepRecordedV1, RmaReturnChasedV1 } from '@aftersales/contracts-rma-inventory';
import { SurveySentV1 } from '@aftersales/contracts-surveys';
import { ContractExpiringV1 } from '@aftersales/contracts-warranty';
import { Role } from '@aftersales/platform-auth';
import { durableName, wireStreamName } from '@aftersales/platform-messaging';
import { HttpMethod, ServiceUnderTest, startServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { AppModule } from '../src/app.module';
import { notificationsService } from '../src/notifications.service-definition';

const RETRY_MS = 60_000;
const RECEIPT_TOKEN = 'receipt-token-0123456789abcdef';
const ROBOT_TOKEN = 'robot-access-token-1';
const ROBOT_SECRET = 'SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd';
const WECOM_KEY = '693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';
const ACCESS_KEY_ID = 'LTAI5tTestAccessKeyId';
const ACCESS_KEY_SECRET = 'testAccessKeySecret0123456789';
/** The signing parameters of Aliyun's RPC signature v1, checked by the gateway and then set aside. */
const SIGNING = ['AccessKeyId', 'RegionId', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp', 'Signature'];

/**
 * What Aliyun's gateway checks (its 签名机制 page), written here from the page and not from our code: parameters but
 * Signature sorted, names and values percent-encoded (RFC 3986: only A-Z a-z 0-9 - _ . ~ literal), joined by = and
 * &, then POST&%2F&<that, encoded again>, HMAC-SHA1 keyed with the secret and "&", Base64.
 */
function aliyunSignatureOf(params: Record<string, string>): string {
  const encode = (v: string) => encodeURIComponent(v).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  const canonical = Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort()
    .map((k) => `${encode(k)}=${encode(params[k])}`)
    .join('&');
  return createHmac('sha1', `${ACCESS_KEY_SECRET}&`).update(`POST&${encode('/')}&${encode(canonical)}`).digest('base64');
}

interface SmsRequest {
  PhoneNumbers: string;
  SignName: string;
  TemplateCode: string;
  TemplateParam: string;
  OutId: string;
  Action: string;
}

describe('notifications: who hears of it, by email, SMS and in-app, exactly once', () => {
  const clock = new ManualClock('2026-11-23T02:00:00Z'); // Monday 10:00 in Shanghai
  let t: ServiceUnderTest<ManualClock>;
  let smtp: SMTPServer;
  let gateway: Server;
  let robot: Server;
  /** What the DingTalk robot accepted, and how many requests it refused (bad token, timestamp or signature). */
  const robotMessages: { msgtype: string; text: { content: string }; at: { atMobiles: string[]; isAtAll: boolean } }[] = [];
  let robotRefused = 0;
  /** What the WeCom robot accepted, and what it answers next (empty: errcode 0). */
  const wecomMessages: { msgtype: string; text: { content: string; mentioned_mobile_list: string[] } }[] = [];
  const wecomAnswers: { errcode: number; errmsg: string }[] = [];
  let wecomRefused = 0;
  let wecom: Server;
  /** SendSms requests the gateway refused for their signature (wrong, stale, or a nonce used before). */
  let gatewayRefused = 0;
  const nonces = new Set<string>();
  const mails: ParsedMail[] = [];
  const sms: SmsRequest[] = [];
  /** What the gateway answers next; empty: 200 with Code OK. drop: closes the connection; hang: never answers. */
  const answers: ({ status: number; body: unknown } | { kind: 'drop' | 'hang' })[] = [];

  const manager = { id: randomUUID(), email: 'wang.fang@branch.example', phone: '13800000001', subject: 'u-manager' };
  /** The Shanghai branch's response-center manager, as dispatch names them (OrgUnitChangedV1): never entered here. */
  const branchManager = { userId: randomUUID(), name: 'Chen Jing', email: 'chen.jing@sh.example', phone: '13800000012' };
  const night = { id: randomUUID(), phone: '13800000002', email: 'night.owl@branch.example' };
  const engineerA = { id: randomUUID(), dispatchId: randomUUID(), phone: '13800000003' };
  const engineerB = { id: randomUUID(), dispatchId: randomUUID(), email: 'zhao.lei@branch.example' };

  const token = (role: Role, sub = 'u-admin') => t.token(role, { sub });
  const http = async (method: HttpMethod, url: string, auth: string | null, payload?: unknown) => {
    const res = await t.http(method, url, { token: auth, body: payload });
    return { status: res.status, body: res.body, type: res.headers['content-type'] };
  };
  const admin = async (method: 'GET' | 'PUT' | 'POST', url: string, payload?: unknown) => http(method, url, await token('admin'), payload);
  const person = (over: Record<string, unknown> = {}) => ({
    name: 'Wang Fang',
    email: manager.email,
    phone: manager.phone,
    preferredChannel: 'email',
    language: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    ...over,
  });
  const deliveriesOf = async (caseId: string) =>
    (await admin('GET', `/v1/notifications/deliveries?caseId=${caseId}&limit=200`)).body.items as { id: string; personId: string; channel: string; status: string; attempts: number; lastError: string | null; notice: string; holdUntil: string | null; digestId: string | null }[];
  const deliveriesWhere = (caseId: string, count: number) =>
    waitFor(async () => {
      const found = await deliveriesOf(caseId);
      return found.length >= count ? found : undefined;
    }, { what: `${count} deliveries of case ${caseId}` });
  /** Fires every timer due at the manual clock's now, as the worker's loop would. */
  const fire = (target?: NestFastifyApplication) => t.fireAllDueTimers(target);
  /** The durable consumer has taken and acknowledged everything published so far (the sentinel for "nothing else"). */
  const settled = async (producer: ServiceName, purpose: string) => {
    const nc = await connect({ servers: t.natsUrl });
    try {
      const jsm = await jetstreamManager(nc);
      await waitFor(async () => {
        const info = await jsm.consumers.info(wireStreamName(t.ns, producer), durableName(t.ns, 'notifications', purpose));
        return info.num_pending === 0 && info.num_ack_pending === 0 ? true : undefined;
      }, { what: `consumer ${purpose} settled` });
    } finally {
      await nc.close();
    }
  };
  const breach = (over: Partial<SlaBreachedV1Data> = {}): SlaBreachedV1Data => ({
    caseId: randomUUID(),
    caseNumber: 'CS-20261123-000001',
    priority: 'P1',
    planCode: 'standard',
    clock: 'diagnosis',
    targetMinutes: 60,
    calendarId: '24x7',
    rule: 'R-SLA-3',
    dueAt: '2026-11-23T03:00:00.000Z',
    breachedAt: '2026-11-23T03:00:00.120Z',
    recipients: { roles: ['response-center-manager'], users: [], channels: ['email', 'sms'] },
    ...over,
  });
  const only = <T>(items: T[], pick: (t: T) => boolean): T => {
    const found = items.filter(pick);
    expect(found).toHaveLength(1);
    return found[0];
  };
  const smsTo = (phone: string) => sms.filter((s) => s.PhoneNumbers === phone);
  const mailsTo = (address: string) => mails.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t?.value.some((v) => v.address === address)));

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream).then(
          (mail) => {
            mails.push(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    gateway = createServer((req: IncomingMessage, res: ServerResponse) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        const params = Object.fromEntries(new URLSearchParams(raw));
        const fresh = Math.abs(Date.now() - Date.parse(params.Timestamp ?? '')) < 15 * 60_000 && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(params.Timestamp ?? '');
        const signed =
          params.AccessKeyId === ACCESS_KEY_ID && params.SignatureMethod === 'HMAC-SHA1' && params.SignatureVersion === '1.0' && params.Signature === aliyunSignatureOf(params);
        if (!signed || !fresh || nonces.has(params.SignatureNonce)) {
          gatewayRefused++;
          res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ Code: 'SignatureDoesNotMatch', Message: 'Specified signature is not matched with our calculation.' }));
          return;
        }
        nonces.add(params.SignatureNonce);
        sms.push(Object.fromEntries(Object.entries(params).filter(([k]) => !SIGNING.includes(k))) as unknown as SmsRequest);
        const answer = answers.shift() ?? { status: 200, body: { Code: 'OK', Message: 'OK', BizId: `biz-${sms.length}`, RequestId: randomUUID() } };
        if ('kind' in answer) {
          if (answer.kind === 'drop') req.socket.destroy();
          return;
        }
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));

    // The DingTalk robot checks the request as the real one does: access token, a timestamp within an hour, and
    // sign = base64(HMAC-SHA256(secret, timestamp + "\n" + secret)).
    robot = createServer((req: IncomingMessage, res: ServerResponse) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://robot');
        const timestamp = url.searchParams.get('timestamp') ?? '';
        const expected = createHmac('sha256', ROBOT_SECRET).update(`${timestamp}\n${ROBOT_SECRET}`).digest('base64');
        const fresh = Math.abs(Date.now() - Number(timestamp)) < 3_600_000;
        const ok = url.pathname === '/robot/send' && url.searchParams.get('access_token') === ROBOT_TOKEN && fresh && url.searchParams.get('sign') === expected;
        if (ok) robotMessages.push(JSON.parse(raw));
        else robotRefused++;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(ok ? { errcode: 0, errmsg: 'ok' } : { errcode: 310000, errmsg: 'sign not match' }));
      });
    });
    await new Promise<void>((resolve) => robot.listen(0, '127.0.0.1', resolve));

    // The WeCom robot: the key in the URL is its only credential (it signs nothing); JSON; text content at most
    // 2048 bytes; HTTP 200 with an errcode always.
    wecom = createServer((req: IncomingMessage, res: ServerResponse) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://wecom');
        const message = JSON.parse(raw);
        const ok =
          url.pathname === '/cgi-bin/webhook/send' &&
          url.searchParams.get('key') === WECOM_KEY &&
          (req.headers['content-type'] ?? '').startsWith('application/json') &&
          message.msgtype === 'text' &&
          Buffer.byteLength(message.text?.content ?? '', 'utf8') <= 2048;
        const answer = ok ? (wecomAnswers.shift() ?? { errcode: 0, errmsg: 'ok' }) : { errcode: 93000, errmsg: 'invalid webhook url' };
        if (!ok) wecomRefused++;
        else if (answer.errcode === 0) wecomMessages.push(message);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => wecom.listen(0, '127.0.0.1', resolve));

    t = await startServiceUnderTest({
      definition: notificationsService,
      appModule: AppModule,
      clock,
      streams: ['intake', 'dispatch', 'warranty', 'surveys', 'complaints', 'rma-inventory'],
      env: {
        // The worker's own loop is slowed right down: the tests fire rounds themselves after moving the clock.
        TIMERS_POLL_INTERVAL_MS: '3600000',
        NOTIFY_EMAIL_PROVIDER: 'smtp',
        NOTIFY_SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
        NOTIFY_SMS_PROVIDER: 'http',
        NOTIFY_SMS_GATEWAY_URL: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/`,
        NOTIFY_SMS_SIGN_NAME: '售后服务',
        NOTIFY_SMS_ACCESS_KEY_ID: ACCESS_KEY_ID,
        NOTIFY_SMS_ACCESS_KEY_SECRET: ACCESS_KEY_SECRET,
        NOTIFY_WECOM_WEBHOOK_URL: `http://127.0.0.1:${(wecom.address() as AddressInfo).port}/cgi-bin/webhook/send?key=${WECOM_KEY}`,
        NOTIFY_MAX_ATTEMPTS: '3',
        NOTIFY_SEND_TIMEOUT_MS: '1000',
        NOTIFY_RETRY_MAX_MS: String(4 * RETRY_MS),
        NOTIFY_SMS_PER_PERSON_PER_HOUR: '2',
        NOTIFY_SMS_RECEIPT_TOKEN: RECEIPT_TOKEN,
        NOTIFY_DINGTALK_WEBHOOK_URL: `http://127.0.0.1:${(robot.address() as AddressInfo).port}/robot/send?access_token=${ROBOT_TOKEN}`,
        NOTIFY_DINGTALK_SECRET: ROBOT_SECRET,
        NOTIFY_RETRY_BASE_MS: String(RETRY_MS),
      },
    });

    // The directory the tests run against (R-SLA-7): a platform-wide response-center manager on the roster this
    // week, a technical manager with quiet hours, two engineers known by their dispatch ids.
    expect((await admin('PUT', `/v1/directory/people/${manager.id}`, person({ authSubject: manager.subject }))).status).toBe(201);
    expect(
      (await admin('PUT', `/v1/directory/people/${night.id}`, person({ name: 'Night Owl', email: night.email, phone: night.phone, preferredChannel: 'sms', quietHours: { start: '22:00', end: '08:00' } }))).status,
    ).toBe(201);
    expect(
      (await admin('PUT', `/v1/directory/people/${engineerA.id}`, person({ name: 'Li Wei', email: null, phone: engineerA.phone, preferredChannel: 'sms', language: 'en', externalIds: [engineerA.dispatchId] }))).status,
    ).toBe(201);
    expect(
      (await admin('PUT', `/v1/directory/people/${engineerB.id}`, person({ name: 'Zhao Lei', email: engineerB.email, phone: null, preferredChannel: 'email', externalIds: [engineerB.dispatchId] }))).status,
    ).toBe(201);
    const roster = [
      { role: 'response-center-manager', personId: manager.id, validFrom: '2026-11-23T00:00:00Z', validUntil: '2026-11-30T00:00:00Z' },
      // Last week's holder: no longer on the roster, so never told.
      { role: 'response-center-manager', personId: night.id, validFrom: '2026-11-16T00:00:00Z', validUntil: '2026-11-23T00:00:00Z' },
      { role: 'technical-manager', personId: night.id, validFrom: '2026-11-01T00:00:00Z' },
    ];
    for (const entry of roster) expect((await admin('PUT', `/v1/directory/role-assignments/${randomUUID()}`, entry)).status).toBe(201);
  });

  afterAll(async () => {
    await t?.close();
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
    gateway?.closeAllConnections();
    await new Promise<void>((resolve) => gateway?.close(() => resolve()));
    await new Promise<void>((resolve) => robot?.close(() => resolve()));
    await new Promise<void>((resolve) => wecom?.close(() => resolve()));
  });

  it('keeps the directory over the API; bad input answers 400/409/422 problem+json and changes nothing', async () => {
    const id = randomUUID();
    expect((await admin('PUT', `/v1/directory/people/${id}`, person({ name: 'First', email: 'first@branch.example', phone: null }))).status).toBe(201);
    const replaced = await admin('PUT', `/v1/directory/people/${id}`, person({ name: 'First Again', email: 'first@branch.example', phone: null, language: 'en' }));
    expect(replaced).toMatchObject({ status: 200, body: { id, name: 'First Again', language: 'en', version: 2, quietHours: null } });

    const bad = [
      person({ timeZone: 'Mars/Olympus' }),
      person({ language: 'fr' }),
      person({ quietHours: { start: '25:00', end: '08:00' } }),
      person({ phone: 'call me' }),
      person({ unknownField: 1 }),
      { name: 'No channel' },
    ];
    for (const body of bad) {
      const res = await admin('PUT', `/v1/directory/people/${id}`, body);
      expect({ status: res.status, type: res.type }).toEqual({ status: 400, type: expect.stringContaining('application/problem+json') });
    }
    const taken = await admin('PUT', `/v1/directory/people/${id}`, person({ email: 'first@branch.example', phone: null, authSubject: manager.subject }));
    expect({ status: taken.status, code: taken.body.code }).toEqual({ status: 409, code: 'NOTIFICATIONS.PERSON_IDENTITY_TAKEN' });
    expect((await admin('PUT', '/v1/directory/people/not-a-uuid', person())).status).toBe(400);
    expect((await http('PUT', `/v1/directory/people/${id}`, await token('agent'), person())).status).toBe(403);
    expect((await admin('GET', `/v1/directory/people/${id}`)).body).toMatchObject({ name: 'First Again', language: 'en', version: 2 });

    const unknownPerson = await admin('PUT', `/v1/directory/role-assignments/${randomUUID()}`, { role: 'general-manager', personId: randomUUID(), validFrom: '2026-11-01T00:00:00Z' });
    expect({ status: unknownPerson.status, code: unknownPerson.body.code }).toEqual({ status: 422, code: 'NOTIFICATIONS.ASSIGNMENT_PERSON_UNKNOWN' });
    const backwards = await admin('PUT', `/v1/directory/role-assignments/${randomUUID()}`, { role: 'general-manager', personId: id, validFrom: '2026-11-02T00:00:00Z', validUntil: '2026-11-01T00:00:00Z' });
    expect(backwards.status).toBe(400);
    expect((await admin('GET', '/v1/directory/role-assignments?role=general-manager')).body.items).toEqual([]);
    const onCall = await admin('GET', '/v1/directory/role-assignments?role=response-center-manager&at=2026-11-23T02:00:00Z');
    expect(onCall.body.items.map((a: { personId: string }) => a.personId)).toEqual([manager.id]);
    for (const url of [
      '/v1/notifications/deliveries',
      '/v1/notifications/deliveries?caseId=nope',
      '/v1/notifications/deliveries?personId=' + id + '&status=lost',
      '/v1/notifications/unresolved?caseId=nope',
      '/v1/directory/role-assignments?at=yesterday',
      '/v1/directory/role-assignments?colour=red',
    ]) {
      const res = await admin('GET', url);
      expect({ url, status: res.status, type: res.type }).toEqual({ url, status: 400, type: expect.stringContaining('application/problem+json') });
    }
    const missing = await admin('GET', `/v1/directory/people/${randomUUID()}`);
    expect({ status: missing.status, code: missing.body.code }).toEqual({ status: 404, code: 'NOTIFICATIONS.PERSON_NOT_FOUND' });
  });

  it("a P1 breach reaches the response-center manager of the case's branch (named in dispatch) by email and SMS exactly once across a redelivery, a restart and two replicas (R-SLA-7)", async () => {
    clock.set('2026-11-23T03:00:01Z');
    const data = breach();
    const second = breach({ caseId: randomUUID(), caseNumber: 'CS-20261123-000002' });
    // Dispatch names the Shanghai branch's response-center manager; both cases are sited in its region.
    await t.publish(OrgUnitChangedV1, {
      aggregateId: 'BR-SH',
      data: { code: 'BR-SH', name: 'Shanghai branch', kind: 'branch', regions: ['east'], neighbours: [], manager: branchManager, changedAt: '2026-11-23T00:00:00.000Z' },
    });
    for (const c of [data, second]) await t.publish(CaseDispatchRequestedV1, { aggregateId: c.caseId, data: { ...CaseDispatchRequestedV1.example, caseId: c.caseId, region: 'east' } });
    await waitFor(async () => {
      const [{ n }] = await t.query(`SELECT count(*)::int AS n FROM directory_case_branches WHERE case_id = ANY($1::uuid[]) AND region = 'east'`, [[data.caseId, second.caseId]]);
      const held = (await admin('GET', '/v1/directory/role-assignments?role=response-center-manager')).body.items.some((a: { orgUnit: string | null }) => a.orgUnit === 'BR-SH');
      return n === 2 && held ? true : undefined;
    }, { what: 'the branch, its manager and the cases placed' });
    const event = await t.publish(SlaBreachedV1, { aggregateId: data.caseId, data });
    const deliveries = await deliveriesWhere(data.caseId, 3);
    expect(deliveries.map((d) => [d.personId, d.channel, d.status]).sort()).toEqual(
      [
        [branchManager.userId, 'email', 'queued'],
        [branchManager.userId, 'in-app', 'sent'],
        [branchManager.userId, 'sms', 'queued'],
      ].sort(),
    );
    await fire();
    const mail = await waitFor(() => mailsTo(branchManager.email)[0], { what: 'the breach mail' });
    // zh-CN, the manager's language; times in their zone.
    expect(mail.subject).toBe('【SLA超时】CS-20261123-000001（P1）diagnosis已超时');
    // Marked as machine-sent (RFC 3834), so no auto-responder answers it and no mail loop starts.
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.text?.trim()).toBe('服务单 CS-20261123-000001（P1）的diagnosis时限 2026-11-23 11:00 (Asia/Shanghai) 已过，未达成。请立即处理。');
    const smsDelivery = only(deliveries, (d) => d.channel === 'sms');
    // TemplateParam is a JSON string of string values (Aliyun refuses others); key order carries no meaning.
    expect(smsTo(branchManager.phone).map((s) => ({ ...s, TemplateParam: JSON.parse(s.TemplateParam) }))).toEqual([
      {
        Action: 'SendSms',
        Version: '2017-05-25',
        Format: 'JSON',
        PhoneNumbers: branchManager.phone,
        SignName: '售后服务',
        TemplateCode: 'SMS_NOTIFY_SLA_BREACHED_ZH',
        TemplateParam: { caseNumber: 'CS-20261123-000001', priority: 'P1', clock: 'diagnosis' },
        OutId: smsDelivery.id,
      },
    ]);

    // A redelivery of the same event (a new JetStream message with the same event id).
    await t.publish(SlaBreachedV1, { aggregateId: data.caseId, data, id: event.id, msgId: randomUUID() });
    await settled('intake', 'notify-sla-breached');
    // A restart: a new process on the same database, the event once more.
    await t.restart();
    await t.publish(SlaBreachedV1, { aggregateId: data.caseId, data, id: event.id, msgId: randomUUID() });
    await settled('intake', 'notify-sla-breached');
    // Two replicas: both consume, both fire timers.
    const replica = await t.startReplica();
    await t.publish(SlaBreachedV1, { aggregateId: data.caseId, data, id: event.id, msgId: randomUUID() });
    await t.publish(SlaBreachedV1, { aggregateId: second.caseId, data: second });
    await settled('intake', 'notify-sla-breached');
    await deliveriesWhere(second.caseId, 3);
    await Promise.all([fire(t.app), fire(replica)]);
    await waitFor(() => mailsTo(branchManager.email).find((m) => m.subject?.includes('CS-20261123-000002')), { what: 'the second mail' });
    await waitFor(() => smsTo(branchManager.phone).find((s) => s.TemplateParam.includes('CS-20261123-000002')), { what: 'the second SMS' });

    expect(mailsTo(branchManager.email).filter((m) => m.subject?.includes('CS-20261123-000001'))).toHaveLength(1);
    expect(smsTo(branchManager.phone).filter((s) => s.TemplateParam.includes('CS-20261123-000001'))).toHaveLength(1);
    expect(mailsTo(branchManager.email).filter((m) => m.subject?.includes('CS-20261123-000002'))).toHaveLength(1);
    expect(smsTo(branchManager.phone).filter((s) => s.TemplateParam.includes('CS-20261123-000002'))).toHaveLength(1);
    // Last week's holder of the role is not told, nor the platform-wide one: the case has its branch.
    expect(smsTo(night.phone)).toEqual([]);
    expect(smsTo(manager.phone)).toEqual([]);
    const after = await deliveriesOf(data.caseId);
    expect(after.map((d) => [d.channel, d.status, d.attempts]).sort()).toEqual(
      [
        ['email', 'sent', 1],
        ['in-app', 'sent', 0],
        ['sms', 'sent', 1],
      ].sort(),
    );
    await replica.close();
  });

  it('the in-app inbox lists my notices and marks them read; others see nothing of it', async () => {
    const mine = await http('GET', '/v1/notifications/inbox?unread=true', await token('manager', branchManager.userId));
    expect(mine.status).toBe(200);
    const breachNotice = mine.body.items.find((i: { subject: string }) => i.subject === '【SLA超时】CS-20261123-000001（P1）diagnosis已超时');
    expect(breachNotice).toMatchObject({ notice: 'sla-breached', readAt: null });
    const read = await http('POST', `/v1/notifications/inbox/${breachNotice.id}/read`, await token('manager', branchManager.userId));
    expect(read).toMatchObject({ status: 200, body: { id: breachNotice.id, readAt: '2026-11-23T03:00:01.000Z' } });
    const unread = await http('GET', '/v1/notifications/inbox?unread=true', await token('manager', branchManager.userId));
    expect(unread.body.items.map((i: { id: string }) => i.id)).not.toContain(breachNotice.id);
    expect((await http('POST', `/v1/notifications/inbox/${breachNotice.id}/read`, await token('manager', 'u-someone-else'))).status).toBe(404);
    expect((await http('GET', '/v1/notifications/inbox', await token('manager', 'u-someone-else'))).status).toBe(404);
    expect((await http('GET', '/v1/notifications/inbox?unread=maybe', await token('manager', branchManager.userId))).status).toBe(400);
    expect((await http('POST', '/v1/notifications/inbox/not-a-uuid/read', await token('manager', branchManager.userId))).status).toBe(400);
  });

  it('R-SLA-4: the reminder reaches the engineer; a reassignment reaches the new engineer (respond now) and the previous one', async () => {
    clock.set('2026-11-23T05:00:00Z');
    const caseId = randomUUID();
    const workOrderId = uuidv7();
    await t.publish(WorkOrderAcknowledgementRemindedV1, {
      aggregateId: workOrderId,
      data: {
        workOrderId,
        workOrderNumber: 'WO-20261123-000007',
        caseId,
        engineerId: engineerA.dispatchId,
        minutesSinceAssignment: 30,
        assignedAt: '2026-11-23T04:30:00.000Z',
        respondBy: '2026-11-23T05:30:00.000Z',
        remindedAt: '2026-11-23T05:00:00.000Z',
        reassigned: false,
      },
    });
    await deliveriesWhere(caseId, 2);
    await fire();
    // en, the engineer's language, by SMS, their preferred channel.
    const reminder = await waitFor(() => smsTo(engineerA.phone)[0], { what: 'the reminder SMS' });
    expect(reminder.TemplateCode).toBe('SMS_NOTIFY_ACKNOWLEDGEMENT_REMINDER_EN');
    expect(JSON.parse(reminder.TemplateParam)).toEqual({ workOrderNumber: 'WO-20261123-000007', minutes: '30' });
    const [inApp] = await t.query(`SELECT subject, body FROM notification_deliveries WHERE person_id = $1 AND channel = 'in-app' AND notice = 'acknowledgement-reminder'`, [engineerA.id]);
    expect(inApp).toEqual({
      subject: '[Reminder] Work order WO-20261123-000007: contact the customer',
      body: 'Work order WO-20261123-000007 was assigned to you 30 minutes ago and the customer has not been contacted. Contact them by 2026-11-23 13:30 (Asia/Shanghai).',
    });

    await t.publish(WorkOrderAssignedV1, {
      aggregateId: workOrderId,
      sequence: 3,
      data: {
        workOrderId,
        workOrderNumber: 'WO-20261123-000007',
        caseId,
        engineerId: engineerB.dispatchId,
        serviceMode: 'on-site',
        assignment: 'reassigned',
        assignedAt: '2026-11-23T05:15:00.000Z',
        previousEngineerId: engineerA.dispatchId,
        respondImmediately: true,
      },
    });
    const all = await deliveriesWhere(caseId, 6);
    expect(all.map((d) => [d.personId, d.notice, d.channel]).sort()).toEqual(
      [
        [engineerA.id, 'acknowledgement-reminder', 'in-app'],
        [engineerA.id, 'acknowledgement-reminder', 'sms'],
        [engineerA.id, 'reassigned-away', 'in-app'],
        [engineerA.id, 'reassigned-away', 'sms'],
        [engineerB.id, 'reassigned-to-you', 'email'],
        [engineerB.id, 'reassigned-to-you', 'in-app'],
      ].sort(),
    );
    await fire();
    const toB = await waitFor(() => mailsTo(engineerB.email)[0], { what: 'the mail to the new engineer' });
    expect(toB.subject).toBe('【改派】工单WO-20261123-000007已改派给您，请立即联系客户');
    const away = await waitFor(() => smsTo(engineerA.phone).find((s) => s.TemplateCode === 'SMS_NOTIFY_REASSIGNED_AWAY_EN'), { what: 'the SMS to the previous engineer' });
    expect(JSON.parse(away.TemplateParam)).toEqual({ workOrderNumber: 'WO-20261123-000007' });
  });

  it('an unknown role and an unknown user are recorded and readable, never dropped (R-SLA-7)', async () => {
    const data = breach({ caseId: randomUUID(), priority: 'P2', recipients: { roles: ['regional-director', 'response-center-manager'], users: ['engineer-nobody'], channels: ['email'] } });
    await t.publish(SlaBreachedV1, { aggregateId: data.caseId, data });
    const unresolved = await waitFor(async () => {
      const items = (await admin('GET', `/v1/notifications/unresolved?caseId=${data.caseId}`)).body.items as { kind: string; ref: string; eventType: string }[];
      return items.length >= 2 ? items : undefined;
    }, { what: 'the unresolved recipients' });
    expect(unresolved.map((u) => [u.kind, u.ref, u.eventType]).sort()).toEqual([
      ['role', 'regional-director', 'aftersales.intake.sla.breached.v1'],
      ['user', 'engineer-nobody', 'aftersales.intake.sla.breached.v1'],
    ]);
    // Reported as a metric too (one role and one user in this whole file).
    const metrics = await t.inject('GET', '/metrics');
    expect(metrics.body).toMatch(/notifications_unresolved_recipients_total\{[^}]*kind="role"[^}]*\} 1\n/);
    expect(metrics.body).toMatch(/notifications_unresolved_recipients_total\{[^}]*kind="user"[^}]*\} 1\n/);
    // The roles that do resolve are still told.
    expect((await deliveriesWhere(data.caseId, 2)).map((d) => [d.personId, d.channel]).sort()).toEqual([
      [manager.id, 'email'],
      [manager.id, 'in-app'],
    ]);
  });

  it('quiet hours hold a P4 warning by SMS and release it in the morning digest; a P1 breach goes through at night', async () => {
    clock.set('2026-11-24T18:00:00Z'); // 02:00 in Shanghai, inside the technical manager's 22:00-08:00
    const warning: SlaWarningV1Data = {
      caseId: randomUUID(),
      caseNumber: 'CS-20261120-000042',
      priority: 'P4',
      planCode: 'standard',
      clock: 'resolution',
      targetMinutes: 4320,
      calendarId: 'business',
      rule: 'R-SLA-3',
      level: 0,
      percentOfTarget: 75,
      dueAt: '2026-11-26T02:00:00.000Z',
      remainingMinutes: 1080,
      reason: 'three quarters of the resolution time used',
      recipients: { roles: ['technical-manager'], users: [], channels: ['sms'] },
      warnedAt: '2026-11-24T18:00:00.000Z',
    };
    await t.publish(SlaWarningV1, { aggregateId: warning.caseId, data: warning });
    const p1 = breach({ caseId: randomUUID(), caseNumber: 'CS-20261124-000009', recipients: { roles: ['technical-manager'], users: [], channels: ['sms'] } });
    await t.publish(SlaBreachedV1, { aggregateId: p1.caseId, data: p1 });
    const held = only(await deliveriesWhere(warning.caseId, 2), (d) => d.channel === 'sms');
    expect(held).toMatchObject({ status: 'held', holdUntil: '2026-11-25T00:00:00.000Z' });
    await deliveriesWhere(p1.caseId, 2);
    await fire();
    // The P1 breach went at 02:00; nothing else did (the breach's SMS is the sentinel: it was fired in the same round).
    await waitFor(() => smsTo(night.phone)[0], { what: 'the P1 SMS at night' });
    expect(smsTo(night.phone).map((s) => s.TemplateCode)).toEqual(['SMS_NOTIFY_SLA_BREACHED_ZH']);

    clock.set('2026-11-25T00:00:00Z'); // 08:00 in Shanghai
    await fire();
    const digest = await waitFor(() => smsTo(night.phone).find((s) => s.TemplateCode === 'SMS_NOTIFY_QUIET_HOURS_DIGEST_ZH'), { what: 'the morning digest' });
    expect(JSON.parse(digest.TemplateParam)).toEqual({ count: '1', cases: 'CS-20261120-000042' });
    const after = only(await deliveriesOf(warning.caseId), (d) => d.channel === 'sms');
    expect(after.status).toBe('digested');
    expect(after.digestId).toBe(digest.OutId);
    expect(smsTo(night.phone)).toHaveLength(2);
  });

  it('a gateway answering 500 then 200 delivers once; a permanent refusal fails at once; an outage past NOTIFY_MAX_ATTEMPTS loses nothing', async () => {
    clock.set('2026-11-25T03:00:00Z');
    const flaky = breach({ caseId: randomUUID(), caseNumber: 'CS-20261125-000100', recipients: { roles: ['response-center-manager'], users: [], channels: ['sms'] } });
    answers.push({ status: 500, body: { Code: 'isp.SYSTEM_ERROR', Message: 'System error' } });
    await t.publish(SlaBreachedV1, { aggregateId: flaky.caseId, data: flaky });
    await deliveriesWhere(flaky.caseId, 2);
    await fire();
    const firstTry = await waitFor(async () => (await deliveriesOf(flaky.caseId)).find((d) => d.channel === 'sms' && d.attempts === 1), { what: 'the first failed attempt' });
    expect(firstTry).toMatchObject({ status: 'queued', lastError: 'sms gateway: HTTP 500 isp.SYSTEM_ERROR System error' });
    clock.advance(RETRY_MS);
    await fire();
    const sent = await waitFor(async () => (await deliveriesOf(flaky.caseId)).find((d) => d.channel === 'sms' && d.status === 'sent'), { what: 'the retried send' });
    expect(sent.attempts).toBe(2);
    const calls = sms.filter((s) => s.OutId === sent.id);
    expect(calls).toHaveLength(2); // one answered 500, one answered OK: delivered once

    const badNumber = breach({ caseId: randomUUID(), caseNumber: 'CS-20261125-000101', recipients: { roles: ['response-center-manager'], users: [], channels: ['sms'] } });
    answers.push({ status: 200, body: { Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: 'invalid mobile number' } });
    await t.publish(SlaBreachedV1, { aggregateId: badNumber.caseId, data: badNumber });
    await deliveriesWhere(badNumber.caseId, 2);
    await fire();
    const permanent = await waitFor(async () => (await deliveriesOf(badNumber.caseId)).find((d) => d.channel === 'sms' && d.status === 'failed'), { what: 'the permanent failure' });
    expect(permanent).toMatchObject({ attempts: 1, lastError: 'PERMANENT: sms gateway: HTTP 200 isv.MOBILE_NUMBER_ILLEGAL invalid mobile number' });

    const badRequest = breach({ caseId: randomUUID(), caseNumber: 'CS-20261125-000103', recipients: { roles: ['response-center-manager'], users: [], channels: ['sms'] } });
    answers.push({ status: 400, body: 'Bad Request' });
    await t.publish(SlaBreachedV1, { aggregateId: badRequest.caseId, data: badRequest });
    await deliveriesWhere(badRequest.caseId, 2);
    await fire();
    const refused = await waitFor(async () => (await deliveriesOf(badRequest.caseId)).find((d) => d.channel === 'sms' && d.status === 'failed'), { what: 'the refused request' });
    expect(refused).toMatchObject({ attempts: 1, lastError: 'PERMANENT: sms gateway: HTTP 400' });

    // The gateway is down for five attempts (the connection dropped, no answer in NOTIFY_SEND_TIMEOUT_MS, 503, 502,
    // 503), more than NOTIFY_MAX_ATTEMPTS: the SMS waits, the backoff doubling up to NOTIFY_RETRY_MAX_MS (4 minutes
    // here), and goes once the gateway is back, with the same OutId every time.
    const down = breach({ caseId: randomUUID(), caseNumber: 'CS-20261125-000102', recipients: { roles: ['response-center-manager'], users: [], channels: ['sms'] } });
    answers.push({ kind: 'drop' }, { kind: 'hang' }, { status: 503, body: 'down' }, { status: 502, body: 'bad gateway' }, { status: 503, body: 'down' });
    await t.publish(SlaBreachedV1, { aggregateId: down.caseId, data: down });
    await deliveriesWhere(down.caseId, 2);
    await fire();
    const waits = [RETRY_MS, 2 * RETRY_MS, 4 * RETRY_MS, 4 * RETRY_MS, 4 * RETRY_MS];
    const errors: string[] = [];
    for (const [i, wait] of waits.entries()) {
      const waiting = await waitFor(async () => (await deliveriesOf(down.caseId)).find((d) => d.channel === 'sms' && d.attempts === i + 1), { what: `attempt ${i + 1}` });
      expect(waiting.status).toBe('queued');
      errors.push((waiting.lastError ?? '').replace(/unreachable: .*/, 'unreachable'));
      clock.advance(wait);
      await fire();
    }
    expect(errors).toEqual(['sms gateway unreachable', 'sms gateway unreachable', 'sms gateway: HTTP 503', 'sms gateway: HTTP 502', 'sms gateway: HTTP 503']);
    const back = await waitFor(async () => (await deliveriesOf(down.caseId)).find((d) => d.channel === 'sms' && d.status === 'sent'), { what: 'the send once the gateway is back' });
    expect(back).toMatchObject({ attempts: 6, lastError: null });
    expect(sms.filter((s) => s.TemplateParam.includes('CS-20261125-000102')).map((s) => s.OutId)).toEqual(Array(6).fill(back.id));
    // Reported once while waiting, at the third attempt (NOTIFY_MAX_ATTEMPTS).
    expect((await t.inject('GET', '/metrics')).body).toMatch(/notifications_delivery_attempts_total\{[^}]*outcome="waiting-for-provider"[^}]*\} 1\n/);
    expect(answers).toEqual([]);
  });

  it('takes the gateway receipts: sent becomes delivered; a repeated or contrary receipt does not move it; bad tokens and bodies are refused', async () => {
    clock.set('2026-11-25T04:00:00Z');
    const data = breach({ caseId: randomUUID(), caseNumber: 'CS-20261125-000200', recipients: { roles: ['response-center-manager'], users: [], channels: ['sms'] } });
    await t.publish(SlaBreachedV1, { aggregateId: data.caseId, data });
    await deliveriesWhere(data.caseId, 2);
    await fire();
    const sent = await waitFor(async () => (await deliveriesOf(data.caseId)).find((d) => d.channel === 'sms' && d.status === 'sent'), { what: 'the sent SMS' });
    const call = only(sms, (s) => s.OutId === sent.id);
    const bizId = (await t.query(`SELECT provider_ref FROM notification_deliveries WHERE id = $1`, [sent.id]))[0].provider_ref as string;
    expect(bizId).toBe(`biz-${sms.indexOf(call) + 1}`);
    const receipt = (success: boolean) => [
      { phone_number: manager.phone, send_time: '2026-11-25 12:00:00', report_time: '2026-11-25 12:00:03', success, err_code: success ? 'DELIVERED' : 'MK:0001', err_msg: success ? '用户接收成功' : 'failed', sms_size: '1', biz_id: bizId, out_id: sent.id },
    ];
    const post = (token: string, body: unknown) => http('POST', `/v1/notifications/receipts/sms/${token}`, null, body);

    expect((await post('wrong-token-0123456789abcdef00', receipt(true))).status).toBe(404);
    for (const bad of [{ not: 'an array' }, [], [{ success: 'yes', biz_id: bizId }]]) {
      const res = await post(RECEIPT_TOKEN, bad);
      expect({ status: res.status, type: res.type }).toEqual({ status: 400, type: expect.stringContaining('application/problem+json') });
    }
    expect((await deliveriesOf(data.caseId)).find((d) => d.id === sent.id)?.status).toBe('sent');

    expect(await post(RECEIPT_TOKEN, receipt(true))).toMatchObject({ status: 200, body: { code: 0, msg: '接收成功' } });
    expect(await post(RECEIPT_TOKEN, receipt(false))).toMatchObject({ status: 200, body: { code: 0 } });
    const after = only(await deliveriesOf(data.caseId), (d) => d.id === sent.id);
    expect(after).toMatchObject({ status: 'delivered', deliveredAt: '2026-11-25T04:00:00.000Z', lastError: null });
  });

  it('sends to the DingTalk group robot, signed, @-mentioning the engineer who prefers it (R-SLA-4)', async () => {
    clock.set('2026-11-25T05:00:00Z');
    const sun = { id: randomUUID(), dispatchId: randomUUID(), phone: '13800000009' };
    expect(
      (await admin('PUT', `/v1/directory/people/${sun.id}`, person({ name: 'Sun Li', email: null, phone: sun.phone, preferredChannel: 'dingtalk', language: 'en', externalIds: [sun.dispatchId] }))).status,
    ).toBe(201);
    const caseId = randomUUID();
    const workOrderId = uuidv7();
    await t.publish(WorkOrderAcknowledgementRemindedV1, {
      aggregateId: workOrderId,
      data: {
        workOrderId,
        workOrderNumber: 'WO-20261125-000011',
        caseId,
        engineerId: sun.dispatchId,
        minutesSinceAssignment: 45,
        assignedAt: '2026-11-25T04:15:00.000Z',
        respondBy: '2026-11-25T05:15:00.000Z',
        remindedAt: '2026-11-25T05:00:00.000Z',
        reassigned: false,
      },
    });
    expect((await deliveriesWhere(caseId, 2)).map((d) => d.channel).sort()).toEqual(['dingtalk', 'in-app']);
    await fire();
    const message = await waitFor(() => robotMessages.find((m) => m.at.atMobiles.includes(sun.phone)), { what: 'the robot message' });
    expect(message).toEqual({
      msgtype: 'text',
      text: {
        content:
          '[Reminder] Work order WO-20261125-000011: contact the customer\nWork order WO-20261125-000011 was assigned to you 45 minutes ago and the customer has not been contacted. Contact them by 2026-11-25 13:15 (Asia/Shanghai).',
      },
      at: { atMobiles: [sun.phone], isAtAll: false },
    });
    expect(robotRefused).toBe(0);
    expect(only(await deliveriesOf(caseId), (d) => d.channel === 'dingtalk')).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('sends to the WeCom group robot @-mentioning the engineer by mobile; its frequency limit (45009) is waited out (R-SLA-4)', async () => {
    clock.set('2026-11-25T05:30:00Z');
    const zhou = { id: randomUUID(), dispatchId: randomUUID(), phone: '13800000011' };
    expect(
      (await admin('PUT', `/v1/directory/people/${zhou.id}`, person({ name: 'Zhou Jie', email: null, phone: zhou.phone, preferredChannel: 'wecom', language: 'zh-CN', externalIds: [zhou.dispatchId] }))).status,
    ).toBe(201);
    const caseId = randomUUID();
    const workOrderId = uuidv7();
    wecomAnswers.push({ errcode: 45009, errmsg: 'api freq out of limit' });
    await t.publish(WorkOrderAcknowledgementRemindedV1, {
      aggregateId: workOrderId,
      data: {
        workOrderId,
        workOrderNumber: 'WO-20261125-000012',
        caseId,
        engineerId: zhou.dispatchId,
        minutesSinceAssignment: 30,
        assignedAt: '2026-11-25T05:00:00.000Z',
        respondBy: '2026-11-25T06:00:00.000Z',
        remindedAt: '2026-11-25T05:30:00.000Z',
        reassigned: false,
      },
    });
    expect((await deliveriesWhere(caseId, 2)).map((d) => d.channel).sort()).toEqual(['in-app', 'wecom']);
    await fire();
    const limited = await waitFor(async () => (await deliveriesOf(caseId)).find((d) => d.channel === 'wecom' && d.attempts === 1), { what: 'the limited attempt' });
    expect(limited).toMatchObject({ status: 'queued', lastError: 'wecom: HTTP 200 errcode 45009 api freq out of limit' });
    clock.advance(RETRY_MS);
    await fire();
    const message = await waitFor(() => wecomMessages.find((m) => m.text.mentioned_mobile_list.includes(zhou.phone)), { what: 'the WeCom message' });
    const inApp = only(await deliveriesOf(caseId), (d) => d.channel === 'in-app');
    const [row] = await t.query(`SELECT subject, body FROM notification_deliveries WHERE id = $1`, [inApp.id]);
    expect(message).toEqual({ msgtype: 'text', text: { content: `${row.subject}\n${row.body}`, mentioned_mobile_list: [zhou.phone] } });
    expect(wecomRefused).toBe(0);
    expect(only(await deliveriesOf(caseId), (d) => d.channel === 'wecom')).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('signs every SendSms request as Aliyun checks it: the gateway refused none', () => {
    expect(nonces.size).toBeGreaterThanOrEqual(sms.length);
    expect(gatewayRefused).toBe(0);
  });

  it('limits SMS per person and hour: the third P3 warning waits for the window, a P1 breach does not', async () => {
    clock.set('2026-11-25T06:00:00Z'); // 14:00 in Shanghai
    const qian = { id: randomUUID(), phone: '13800000010' };
    expect((await admin('PUT', `/v1/directory/people/${qian.id}`, person({ name: 'Qian Yu', email: null, phone: qian.phone, preferredChannel: 'sms' }))).status).toBe(201);
    expect((await admin('PUT', `/v1/directory/role-assignments/${randomUUID()}`, { role: 'technical-center-manager', personId: qian.id, validFrom: '2026-11-01T00:00:00Z' })).status).toBe(201);
    const warn = (n: number): SlaWarningV1Data => ({
      caseId: randomUUID(),
      caseNumber: `CS-20261125-00030${n}`,
      priority: 'P3',
      planCode: 'standard',
      clock: 'diagnosis',
      targetMinutes: 1440,
      calendarId: 'business',
      rule: 'R-SLA-3',
      level: 0,
      percentOfTarget: 75,
      dueAt: '2026-11-26T02:00:00.000Z',
      remainingMinutes: 360,
      reason: 'three quarters of the diagnosis time used',
      recipients: { roles: ['technical-center-manager'], users: [], channels: ['sms'] },
      warnedAt: '2026-11-25T06:00:00.000Z',
    });
    const warnings = [1, 2, 3].map(warn);
    for (const w of warnings) {
      await t.publish(SlaWarningV1, { aggregateId: w.caseId, data: w });
      await deliveriesWhere(w.caseId, 2);
    }
    await fire();
    await waitFor(() => (smsTo(qian.phone).length >= 2 ? true : undefined), { what: 'two SMS' });
    // Which of the three waits depends on the order the timers fired in (all due at once): exactly one does.
    const smsOf = async (caseId: string) => only(await deliveriesOf(caseId), (d) => d.channel === 'sms');
    const states = await Promise.all(warnings.map((w) => smsOf(w.caseId)));
    expect(states.map((d) => d.status).sort()).toEqual(['queued', 'sent', 'sent']);
    const waitingCase = warnings[states.findIndex((d) => d.status === 'queued')];
    const waiting = await smsOf(waitingCase.caseId);
    expect(waiting).toMatchObject({ status: 'queued', attempts: 0, lastError: 'RATE_LIMITED: 2 SMS an hour to this person; waits until 2026-11-25T07:00:00.000Z' });

    const p1 = breach({ caseId: randomUUID(), caseNumber: 'CS-20261125-000399', recipients: { roles: ['technical-center-manager'], users: [], channels: ['sms'] } });
    await t.publish(SlaBreachedV1, { aggregateId: p1.caseId, data: p1 });
    await deliveriesWhere(p1.caseId, 2);
    await fire();
    await waitFor(() => smsTo(qian.phone).find((s) => s.TemplateParam.includes('CS-20261125-000399')), { what: 'the P1 SMS past the limit' });
    expect(smsTo(qian.phone).map((s) => JSON.parse(s.TemplateParam).caseNumber).sort()).toEqual(
      ['CS-20261125-000301', 'CS-20261125-000302', 'CS-20261125-000303', 'CS-20261125-000399'].filter((n) => n !== waitingCase.caseNumber),
    );

    clock.set('2026-11-25T07:00:00Z');
    await fire();
    await waitFor(() => smsTo(qian.phone).find((s) => s.TemplateParam.includes(waitingCase.caseNumber)), { what: 'the third warning after the window' });
    expect(await smsOf(waitingCase.caseId)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(smsTo(qian.phone)).toHaveLength(4);
  });

  it("R-WA-6: a contract about to end reaches the sales manager on the roster and the customer's contact the directory knows, through the notice catalogue", async () => {
    clock.set('2026-12-01T01:00:00Z');
    const sales = { id: randomUUID(), email: 'sun.yan@sales.example' };
    const contact = { id: randomUUID(), customerId: randomUUID(), email: 'buyer@customer.example' };
    expect((await admin('PUT', `/v1/directory/people/${sales.id}`, person({ name: 'Sun Yan', email: sales.email, phone: null }))).status).toBe(201);
    expect((await admin('PUT', `/v1/directory/role-assignments/${randomUUID()}`, { role: 'sales-manager', personId: sales.id, validFrom: '2026-11-01T00:00:00Z' })).status).toBe(201);
    const contactPut = await admin('PUT', `/v1/directory/people/${contact.id}`, person({ name: 'Buyer', email: contact.email, phone: null, language: 'en', externalIds: [contact.customerId] }));
    expect({ status: contactPut.status, body: contactPut.status === 201 ? null : contactPut.body }).toEqual({ status: 201, body: null });
    const contractId = randomUUID();
    const expiring = { contractId, contractNumber: 'SC-2026-0042', serialNumber: 'SN-PX2000-0001', customerId: contact.customerId, tier: '7x24', slaPlanCode: 'premium-7x24', endsOn: '2026-12-31', daysLeft: 30, noticedAt: '2026-12-01T01:00:00.000Z' };
    await t.publish(ContractExpiringV1, { aggregateId: contractId, data: expiring });
    const rows = await waitFor(async () => {
      const found = [...(await admin('GET', `/v1/notifications/deliveries?personId=${sales.id}`)).body.items, ...(await admin('GET', `/v1/notifications/deliveries?personId=${contact.id}`)).body.items].filter(
        (d: { notice: string }) => d.notice === 'contract-expiring',
      );
      return found.length >= 4 ? (found as { personId: string; channel: string }[]) : undefined;
    }, { what: 'the contract notices' });
    expect(rows.map((d) => [d.personId, d.channel]).sort()).toEqual(
      [
        [sales.id, 'email'],
        [sales.id, 'in-app'],
        [contact.id, 'email'],
        [contact.id, 'in-app'],
      ].sort(),
    );
    await fire();
    const toSales = await waitFor(() => mailsTo(sales.email)[0], { what: 'the mail to sales' });
    expect(toSales.subject).toBe('【合同到期】SC-2026-0042将于2026-12-31到期');
    expect(toSales.text?.trim()).toBe('服务合同 SC-2026-0042（设备 SN-PX2000-0001，7x24）将于 2026-12-31 到期，剩余 30 天。请联系客户办理续约。');
    const toContact = await waitFor(() => mailsTo(contact.email)[0], { what: 'the mail to the customer contact' });
    expect(toContact.subject).toBe('[Contract expiring] SC-2026-0042 ends on 2026-12-31');

    // A customer the directory does not know is recorded, not dropped.
    const unknownCustomer = randomUUID();
    const other = { ...expiring, contractId: randomUUID(), contractNumber: 'SC-2026-0043', customerId: unknownCustomer };
    const event = await t.publish(ContractExpiringV1, { aggregateId: other.contractId, data: other });
    const unresolved = await waitFor(async () => {
      const items = (await admin('GET', '/v1/notifications/unresolved?limit=200')).body.items as { eventId: string; kind: string; ref: string }[];
      return items.find((u) => u.eventId === event.id);
    }, { what: 'the unknown customer' });
    expect(unresolved).toMatchObject({ kind: 'user', ref: unknownCustomer });
  });

  it('R-SV-1, R-CP-4, R-RMA-3, R-RMA-6: the customer gets the survey link, the return chaser and the repair progress, and the complaint manager the escalation', async () => {
    clock.set('2026-12-02T02:00:00Z');
    const customer = { id: randomUUID(), customerId: randomUUID(), email: 'chen.jing@customer.example' };
    const complaintManager = { id: randomUUID(), email: 'complaints.lead@aftersales.example' };
    expect((await admin('PUT', `/v1/directory/people/${customer.id}`, person({ name: 'Chen Jing', email: customer.email, phone: null, preferredChannel: 'email', externalIds: [customer.customerId] }))).status).toBe(201);
    expect((await admin('PUT', `/v1/directory/people/${complaintManager.id}`, person({ name: 'Gao Min', email: complaintManager.email, phone: null }))).status).toBe(201);
    expect((await admin('PUT', `/v1/directory/role-assignments/${randomUUID()}`, { role: 'complaint-manager', personId: complaintManager.id, validFrom: '2026-11-01T00:00:00Z' })).status).toBe(201);

    const caseId = randomUUID();
    const surveyId = randomUUID();
    await t.publish(SurveySentV1, {
      aggregateId: surveyId,
      data: {
        surveyId,
        caseId,
        caseNumber: 'CS-20261201-000007',
        recipient: { customerId: customer.customerId, contactId: null, preferredChannel: null, address: null },
        templateCode: 'post-case',
        templateVersion: 1,
        title: '服务满意度调查',
        language: 'zh-CN',
        link: 'https://portal.example.com/survey?t=abc.def.ghi',
        sentAt: '2026-12-02T02:00:00.000Z',
        remindAt: null,
        expiresAt: '2026-12-09T02:00:00.000Z',
      },
    });
    const complaintId = randomUUID();
    await t.publish(ComplaintEscalatedV1, {
      aggregateId: complaintId,
      data: {
        complaintId,
        complaintNumber: 'CP-20261201-000003',
        deadline: 'handling',
        level: 1,
        dueAt: '2026-12-02T01:00:00.000Z',
        escalatedAt: '2026-12-02T01:00:00.000Z',
        reactBy: '2026-12-02T05:00:00.000Z',
        notify: [{ audience: 'manager', userId: null }],
      },
    });
    const rmaId = randomUUID();
    await t.publish(RmaReturnChasedV1, {
      aggregateId: rmaId,
      data: {
        rmaId,
        rmaNumber: 'RMA-20261120-000004',
        type: 'advance-replacement',
        caseId,
        customerId: customer.customerId,
        serialNumber: 'SN-PX2000-0107',
        returnDueOn: '2026-12-01',
        chaser: 1,
        of: 3,
        chasedAt: '2026-12-02T01:00:00.000Z',
      },
    });
    const repairId = randomUUID();
    await t.publish(DepotRepairStepRecordedV1, {
      aggregateId: repairId,
      data: {
        repairId,
        repairNumber: 'DR-20261125-000002',
        caseId,
        customerId: customer.customerId,
        serialNumber: 'SN-PX2000-0107',
        mode: 'mail-in',
        step: 'diagnosed',
        summary: 'Diagnosed: the fuser unit is worn; repair under warranty',
        turnaroundDueAt: null,
        by: 'depot-tech-1',
        at: '2026-12-02T01:30:00.000Z',
      },
    });
    await waitFor(async () => {
      const mine = (await admin('GET', `/v1/notifications/deliveries?personId=${customer.id}`)).body.items as { notice: string; channel: string }[];
      const theirs = (await admin('GET', `/v1/notifications/deliveries?personId=${complaintManager.id}`)).body.items as { notice: string; channel: string }[];
      return mine.filter((d) => d.channel === 'email').length >= 3 && theirs.some((d) => d.channel === 'email') ? true : undefined;
    }, { what: 'the four notices' });
    await fire();
    const toCustomer = await waitFor(() => (mailsTo(customer.email).length >= 3 ? mailsTo(customer.email) : undefined), { what: 'the three mails to the customer' });
    expect(toCustomer.map((m) => m.subject).sort()).toEqual(['【旧件催还 1/3】RMA-20261120-000004', '【满意度调查】服务单 CS-20261201-000007：服务满意度调查', '【维修进展】DR-20261125-000002：diagnosed']);
    expect(toCustomer.find((m) => m.subject?.startsWith('【维修进展】'))?.text?.trim()).toBe('您的设备（序列号 SN-PX2000-0107，维修单 DR-20261125-000002）有新进展：Diagnosed: the fuser unit is worn; repair under warranty');
    const invitation = toCustomer.find((m) => m.subject?.startsWith('【满意度调查】'));
    expect(invitation?.text?.trim()).toBe('您的服务单 CS-20261201-000007 已完成。请花一分钟告诉我们您的评价：https://portal.example.com/survey?t=abc.def.ghi（2026-12-09 前有效，仅可使用一次）。');
    const escalation = await waitFor(() => mailsTo(complaintManager.email)[0], { what: 'the escalation mail' });
    expect(escalation.subject).toBe('【投诉升级】CP-20261201-000003（第1级）');
    expect(escalation.text?.trim()).toBe('投诉 CP-20261201-000003 未在handling时限内处理，已升级到第 1 级。请于 2026-12-02 13:00 (Asia/Shanghai) 前处理。');
  });

  it('stores zh-CN and en wording of every notice as versioned data', async () => {
    const rows: { notice: string; language: string; channel: string; version: number }[] = await t.query(
      `SELECT notice, language, channel, version FROM notification_templates WHERE notice = 'sla-warning' ORDER BY language, channel`,
    );
    expect(rows).toEqual([
      { notice: 'sla-warning', language: 'en', channel: 'email', version: 1 },
      { notice: 'sla-warning', language: 'en', channel: 'in-app', version: 1 },
      { notice: 'sla-warning', language: 'en', channel: 'sms', version: 1 },
      { notice: 'sla-warning', language: 'zh-CN', channel: 'email', version: 1 },
      { notice: 'sla-warning', language: 'zh-CN', channel: 'in-app', version: 1 },
      { notice: 'sla-warning', language: 'zh-CN', channel: 'sms', version: 1 },
    ]);
  });
});
