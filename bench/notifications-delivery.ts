/**
 * Notifications delivery benchmark (issue #10): SLA breach events published to JetStream, consumed by the
 * notifications service running as its own process, resolved to the branch's response-center manager, written as
 * one delivery per channel (SMS and in-app), and sent by the durable timer worker to the HTTP SMS provider (Aliyun
 * shaped, signed) played by a local HTTP server in this process, which notes when each notice arrives.
 *
 *   npm run bench:notifications                          # 2,000 in a burst, then 100 events/s for 30 s
 *   npm run bench:notifications -- --burst 500 --rate 100 --seconds 10   # a quick look
 *
 * Measured: notices/s end to end (burst: from the first publish to the last provider call), and the time from
 * publishing an event to the provider's receiving its SMS at a fixed offered rate (p50/p99/max). The ceiling of the
 * same run: the local gateway alone, driven with the same form posts by this process at 8 concurrent requests.
 */
import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { SlaBreachedV1 } from '@aftersales/contracts-intake';
import { signDevToken } from '@aftersales/platform-auth';
import { buildEnvelope, wireSubject } from '@aftersales/platform-messaging';
import {
  createTestDatabase,
  deleteNamespaceStreams,
  provisionTestStream,
  runServiceScript,
  startServiceProcess,
  testInfra,
  testNamespace,
  waitUntilReady,
} from '@aftersales/platform-testing';
import { machine, percentile } from './lib/machine';

const { values: args } = parseArgs({
  options: {
    burst: { type: 'string', default: '2000' },
    rate: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '30' },
  },
});
const BURST = Number(args.burst);
const RATE = Number(args.rate);
const SECONDS = Number(args.seconds);
const SECRET = 'bench-notifications-secret-0123456789abcdef';

async function main(): Promise<void> {
  const infra = testInfra();
  const db = await createTestDatabase('bench_notifications', infra);
  const ns = testNamespace('bench_notifications');
  /** When the gateway received the SMS of each case number. */
  const arrived = new Map<string, number>();
  const gateway = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const form = new URLSearchParams(raw);
      const caseNumber = (JSON.parse(form.get('TemplateParam') ?? '{}') as { caseNumber?: string }).caseNumber;
      if (caseNumber && !arrived.has(caseNumber)) arrived.set(caseNumber, performance.now());
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ Code: 'OK', Message: 'OK', BizId: randomUUID(), RequestId: randomUUID() }));
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  const gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/`;
  const port = String(39_000 + Math.floor(Math.random() * 900));
  const env = {
    DATABASE_URL: db.url,
    NATS_URL: infra.natsUrl,
    NATS_NAMESPACE: ns,
    PORT: port,
    AUTH_JWT_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    NOTIFY_SMS_PROVIDER: 'http',
    NOTIFY_SMS_GATEWAY_URL: gatewayUrl,
    NOTIFY_SMS_ACCESS_KEY_ID: 'LTAI5tBenchAccessKeyId',
    NOTIFY_SMS_ACCESS_KEY_SECRET: 'benchAccessKeySecret0123',
    NOTIFY_SMS_PER_PERSON_PER_HOUR: '0',
  };
  let service: ReturnType<typeof startServiceProcess> | undefined;
  // One connection for every publish, as intake's relay has (a connection per event would be the bottleneck).
  const nc = await connect({ servers: infra.natsUrl });
  const js = jetstream(nc);
  try {
    const migrated = await runServiceScript('notifications', 'migrate', env);
    if (migrated.code !== 0) throw new Error(`migrations failed:\n${migrated.output}`);
    await provisionTestStream(infra.natsUrl, ns, 'intake');
    service = startServiceProcess('notifications', env);
    await waitUntilReady(service);
    const token = await signDevToken({ role: 'admin', sub: 'bench', secret: SECRET, issuer: 'aftersales', audience: 'aftersales-api' });
    const put = async (url: string, body: unknown) => {
      const res = await fetch(`http://127.0.0.1:${port}${url}`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (res.status >= 300) throw new Error(`PUT ${url} answered ${res.status}: ${await res.text()}`);
    };
    const manager = randomUUID();
    await put(`/v1/directory/people/${manager}`, { name: 'Bench Manager', phone: '13800000001', preferredChannel: 'sms', language: 'zh-CN', timeZone: 'Asia/Shanghai' });
    await put(`/v1/directory/role-assignments/${randomUUID()}`, { role: 'response-center-manager', personId: manager, validFrom: '2026-01-01T00:00:00Z' });

    let n = 0;
    const published = new Map<string, number>();
    const publish = async () => {
      const caseId = randomUUID();
      const caseNumber = `CS-BENCH-${String(++n).padStart(6, '0')}`;
      published.set(caseNumber, performance.now());
      const envelope = buildEnvelope(SlaBreachedV1, {
        source: 'intake',
        aggregateId: caseId,
        sequence: 1,
        data: { ...SlaBreachedV1.example, caseId, caseNumber, recipients: { roles: ['response-center-manager'], users: [], channels: ['sms'] } },
      });
      await js.publish(wireSubject(ns, SlaBreachedV1.subject), JSON.stringify(envelope), { msgID: envelope.id });
    };
    const until = async (count: number, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while (arrived.size < count) {
        if (Date.now() > deadline) throw new Error(`only ${arrived.size} of ${count} notices reached the gateway`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };

    // Warm-up: JIT, pools, the consumer's first pull.
    for (let i = 0; i < 50; i++) await publish();
    await until(50, 60_000);

    // 1. Burst: everything published at once (8 publishers), throughput from the first publish to the last call; and
    // when the consumer had written every delivery (the rest is the timer worker sending them).
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    const smsRows = async () => Number((await pg.query(`SELECT count(*)::int AS n FROM notification_deliveries WHERE channel = 'sms'`)).rows[0].n);
    const rowsBefore = await smsRows();
    const burstStart = performance.now();
    const burstFrom = arrived.size;
    const consumed = (async () => {
      while ((await smsRows()) < rowsBefore + BURST) await new Promise((r) => setTimeout(r, 50));
      return performance.now() - burstStart;
    })();
    await Promise.all(
      Array.from({ length: 8 }, async (_, k) => {
        for (let i = k; i < BURST; i += 8) await publish();
      }),
    );
    const publishedAfterMs = performance.now() - burstStart;
    await until(burstFrom + BURST, 300_000);
    const burstMs = performance.now() - burstStart;
    const consumedMs = await consumed;
    await pg.end();

    // 2. Fixed offered rate: one event every 1000/RATE ms for SECONDS, latency event -> provider call.
    const steadyFrom = n;
    const steadyStart = performance.now();
    const total = RATE * SECONDS;
    const pending: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      const due = steadyStart + (i * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      pending.push(publish());
    }
    await Promise.all(pending);
    const offeredSeconds = (performance.now() - steadyStart) / 1000;
    await until(steadyFrom + total, 300_000);
    const latencies: number[] = [];
    for (let i = steadyFrom + 1; i <= steadyFrom + total; i++) {
      const key = `CS-BENCH-${String(i).padStart(6, '0')}`;
      latencies.push((arrived.get(key) as number) - (published.get(key) as number));
    }
    latencies.sort((a, b) => a - b);

    // 3. The ceiling of the same run: the gateway alone, 8 concurrent posts of the same form, for 5 s.
    const ceilingBody = new URLSearchParams({ Action: 'SendSms', PhoneNumbers: '13800000001', TemplateParam: JSON.stringify({ caseNumber: 'ceiling' }) }).toString();
    let calls = 0;
    const ceilingEnd = performance.now() + 5000;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (performance.now() < ceilingEnd) {
          await (await fetch(gatewayUrl, { method: 'POST', body: ceilingBody, headers: { 'content-type': 'application/x-www-form-urlencoded' } })).text();
          calls++;
        }
      }),
    );

    const round = (x: number) => +x.toFixed(1);
    console.log(
      JSON.stringify(
        {
          burst: { notices: BURST, publishedInMs: Math.round(publishedAfterMs), allDeliveriesWrittenAfterMs: Math.round(consumedMs), lastProviderCallAfterMs: Math.round(burstMs), noticesPerSecond: Math.round(BURST / (burstMs / 1000)) },
          steady: {
            offeredPerSecond: RATE,
            achievedOfferPerSecond: round(total / offeredSeconds),
            events: total,
            eventToProviderMs: { p50: round(percentile(latencies, 50)), p90: round(percentile(latencies, 90)), p99: round(percentile(latencies, 99)), max: round(latencies[latencies.length - 1]) },
          },
          ceiling: { gatewayAloneCallsPerSecond: Math.round(calls / 5), concurrency: 8 },
          machine: await machine(infra.databaseServerUrl),
        },
        null,
        2,
      ),
    );
  } finally {
    await service?.stop();
    await nc.drain().catch(() => undefined);
    gateway.closeAllConnections();
    await new Promise<void>((resolve) => gateway.close(() => resolve()));
    await deleteNamespaceStreams(infra.natsUrl, ns).catch(() => undefined);
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
