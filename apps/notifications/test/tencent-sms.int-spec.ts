/**
 * Tencent Cloud SMS as the SMS provider (issue #10), against a local server that checks each request as Tencent's
 * API 3.0 does: the TC3-HMAC-SHA256 Authorization over the JSON body, the X-TC-* headers, a timestamp within 5
 * minutes. A P1 breach reaches the manager's phone with the template's variables in their order; an internal error is
 * retried with the same SessionContext; a blacklisted number fails at once with Tencent's reason.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { SlaBreachedV1, SlaBreachedV1Data } from '@aftersales/contracts-intake';
import { ServiceUnderTest, startServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { AppModule } from '../src/app.module';
import { notificationsService } from '../src/notifications.service-definition';

const SECRET_ID = 'AKIDtestSecretId0123456789';
const SECRET_KEY = 'testSecretKey0123456789abcdef';
const RETRY_MS = 60_000;

interface TencentSend {
  PhoneNumberSet: string[];
  SmsSdkAppId: string;
  SignName: string;
  TemplateId: string;
  TemplateParamSet: string[];
  SessionContext: string;
}

/** Tencent's check, written from its signature page (not from our code). */
function expectedAuthorization(host: string, timestamp: number, payload: string): string {
  const sha = (s: string) => createHash('sha256').update(s).digest('hex');
  const mac = (k: string | Buffer, s: string) => createHmac('sha256', k).update(s).digest();
  const date = new Date(timestamp * 1000).toISOString().slice(0, 10);
  const canonical = `POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:${host}\n\ncontent-type;host\n${sha(payload)}`;
  const toSign = `TC3-HMAC-SHA256\n${timestamp}\n${date}/sms/tc3_request\n${sha(canonical)}`;
  const signature = createHmac('sha256', mac(mac(mac(`TC3${SECRET_KEY}`, date), 'sms'), 'tc3_request')).update(toSign).digest('hex');
  return `TC3-HMAC-SHA256 Credential=${SECRET_ID}/${date}/sms/tc3_request, SignedHeaders=content-type;host, Signature=${signature}`;
}

describe('notifications: Tencent Cloud SMS, signed as Tencent checks it', () => {
  const clock = new ManualClock('2026-11-23T03:00:01Z');
  let t: ServiceUnderTest<ManualClock>;
  let server: Server;
  let adminToken: string;
  const sent: TencentSend[] = [];
  let refused = 0;
  /** What Tencent answers next; empty: Ok. */
  const answers: unknown[] = [];
  const manager = { id: randomUUID(), phone: '13700000001' };

  const deliveriesOf = async (caseId: string) =>
    (await t.http('GET', `/v1/notifications/deliveries?caseId=${caseId}`, { token: adminToken })).body.items as { id: string; channel: string; status: string; attempts: number; lastError: string | null }[];
  const smsOf = (caseId: string, pick: (d: { status: string; attempts: number }) => boolean) =>
    waitFor(async () => (await deliveriesOf(caseId)).find((d) => d.channel === 'sms' && pick(d)), { what: `the SMS of ${caseId}` });
  const breach = (caseNumber: string): SlaBreachedV1Data => ({
    caseId: randomUUID(),
    caseNumber,
    priority: 'P1',
    planCode: 'standard',
    clock: 'diagnosis',
    targetMinutes: 60,
    calendarId: '24x7',
    rule: 'R-SLA-3',
    dueAt: '2026-11-23T03:00:00.000Z',
    breachedAt: '2026-11-23T03:00:00.120Z',
    recipients: { roles: ['response-center-manager'], users: [], channels: ['sms'] },
  });

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        const timestamp = Number(req.headers['x-tc-timestamp']);
        const ok =
          req.headers['x-tc-action'] === 'SendSms' &&
          req.headers['x-tc-version'] === '2021-01-11' &&
          req.headers['x-tc-region'] === 'ap-guangzhou' &&
          Math.abs(Date.now() / 1000 - timestamp) < 300 &&
          req.headers.authorization === expectedAuthorization(req.headers.host ?? '', timestamp, raw);
        const reply = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        if (!ok) {
          refused++;
          return reply({ Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: 'The provided credentials could not be validated.' }, RequestId: randomUUID() } });
        }
        const body = JSON.parse(raw) as TencentSend;
        sent.push(body);
        reply(
          answers.shift() ?? {
            Response: { SendStatusSet: [{ SerialNo: `serial-${sent.length}`, PhoneNumber: `+86${body.PhoneNumberSet[0]}`, Fee: 1, SessionContext: body.SessionContext, Code: 'Ok', Message: 'send success', IsoCode: 'CN' }], RequestId: randomUUID() },
          },
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    t = await startServiceUnderTest({
      definition: notificationsService,
      appModule: AppModule,
      clock,
      streams: ['intake'],
      env: {
        TIMERS_POLL_INTERVAL_MS: '3600000',
        NOTIFY_SMS_PROVIDER: 'tencent',
        NOTIFY_SMS_GATEWAY_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        NOTIFY_SMS_ACCESS_KEY_ID: SECRET_ID,
        NOTIFY_SMS_ACCESS_KEY_SECRET: SECRET_KEY,
        NOTIFY_SMS_SDK_APP_ID: '1400006666',
        NOTIFY_SMS_REGION_ID: 'ap-guangzhou',
        NOTIFY_SMS_SIGN_NAME: '售后服务',
        NOTIFY_RETRY_BASE_MS: String(RETRY_MS),
      },
    });
    adminToken = await t.token('admin', { sub: 'u-admin' });
    const put = await t.http('PUT', `/v1/directory/people/${manager.id}`, {
      token: adminToken,
      body: { name: 'Wang Fang', phone: manager.phone, preferredChannel: 'sms', language: 'zh-CN', timeZone: 'Asia/Shanghai' },
    });
    expect(put.status).toBe(201);
    const role = await t.http('PUT', `/v1/directory/role-assignments/${randomUUID()}`, { token: adminToken, body: { role: 'response-center-manager', personId: manager.id, validFrom: '2026-11-01T00:00:00Z' } });
    expect(role.status).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });

  it('a P1 breach reaches the manager by Tencent SMS; an internal error is retried with the same SessionContext, once', async () => {
    const data = breach('CS-20261123-000501');
    answers.push({ Response: { Error: { Code: 'InternalError.Timeout', Message: 'request timed out' }, RequestId: randomUUID() } });
    await t.publish(SlaBreachedV1, { aggregateId: data.caseId, data });
    await smsOf(data.caseId, () => true);
    await t.fireAllDueTimers();
    expect(await smsOf(data.caseId, (d) => d.attempts === 1)).toMatchObject({ status: 'queued', lastError: 'tencent sms: HTTP 200 InternalError.Timeout request timed out' });
    clock.advance(RETRY_MS);
    await t.fireAllDueTimers();
    const done = await smsOf(data.caseId, (d) => d.status === 'sent');
    expect(done.attempts).toBe(2);
    const request = {
      PhoneNumberSet: [manager.phone],
      SmsSdkAppId: '1400006666',
      SignName: '售后服务',
      TemplateId: 'SMS_NOTIFY_SLA_BREACHED_ZH',
      // Positional, in the template's order of variables.
      TemplateParamSet: ['CS-20261123-000501', 'P1', 'diagnosis'],
      SessionContext: done.id,
    };
    expect(sent.filter((s) => s.SessionContext === done.id)).toEqual([request, request]);
    expect((await t.query(`SELECT provider_ref FROM notification_deliveries WHERE id = $1`, [done.id]))[0].provider_ref).toBe(`serial-${sent.length}`);
    expect(refused).toBe(0);
  });

  it("a blacklisted number fails at once with Tencent's reason", async () => {
    const data = breach('CS-20261123-000502');
    answers.push({ Response: { SendStatusSet: [{ SerialNo: '', PhoneNumber: `+86${manager.phone}`, Fee: 0, Code: 'FailedOperation.PhoneNumberInBlacklist', Message: 'the number is in the blacklist' }], RequestId: randomUUID() } });
    await t.publish(SlaBreachedV1, { aggregateId: data.caseId, data });
    await smsOf(data.caseId, () => true);
    await t.fireAllDueTimers();
    expect(await smsOf(data.caseId, (d) => d.status === 'failed')).toMatchObject({
      attempts: 1,
      lastError: 'PERMANENT: tencent sms: HTTP 200 FailedOperation.PhoneNumberInBlacklist the number is in the blacklist',
    });
    expect(refused).toBe(0);
  });
});
