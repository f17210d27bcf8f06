/** What intake's integration tests share beyond the harness: test data and the staff requests they send. */
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { EntitlementDeterminedV1Data } from '@aftersales/contracts-warranty';
import { Role } from '@aftersales/platform-auth';
import { EventCollector, HttpMethod, HttpReply, ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { ManualClock } from '@aftersales/platform-timers';
import { AppModule } from '../src/app.module';
import { intakeService } from '../src/intake.service-definition';

/**
 * Test data: a customer intake knows, so a case can be opened for them (issue #15). Written straight to the
 * table under the id the test chose; a second call for the same id changes nothing.
 */
export async function registerCustomer(t: ServiceUnderTest, customerId: string): Promise<void> {
  await t.query(`INSERT INTO customers (id, code, kind, name, created_at, updated_at, version) VALUES ($1, $2, 'person', 'Test customer', now(), now(), 1) ON CONFLICT DO NOTHING`, [
    customerId,
    `T-${customerId}`,
  ]);
}

/**
 * Requests as a member of staff: a token for the role with the subject `<role>-1`. Takes the harness as a getter
 * because a describe block defines its helpers before `beforeAll` starts the service.
 */
export function staffHttp(sut: () => ServiceUnderTest): (method: HttpMethod, url: string, role: Role, body?: unknown) => Promise<HttpReply> {
  return (method, url, role, body) => sut().http(method, url, { as: role, claims: { sub: `${role}-1` }, body });
}

/** Test data: a company customer registered over the API, as an agent does; answers its id. */
export async function registerCompanyOverApi(t: ServiceUnderTest, name = 'Shanghai Print Works'): Promise<string> {
  const customer = await staffHttp(() => t)('POST', '/v1/customers', 'agent', { kind: 'company', name });
  expect(customer.status).toBe(201);
  return customer.body.id;
}

/** Test data: the jammed-printer case the SLA tests open as an agent (a fresh serial number each time). */
export async function openPrinterCase(t: ServiceUnderTest, customerId: string, priority: 'P1' | 'P2' | 'P3' | 'P4'): Promise<{ id: string; caseNumber: string; version: number }> {
  const res = await staffHttp(() => t)('POST', '/v1/cases', 'agent', {
    channel: 'hotline',
    customerId,
    contact: { name: 'Li Lei', phone: '+86 21 5555 0199' },
    productModel: 'PX-2000',
    serialNumber: `SN-${randomUUID().slice(0, 8)}`,
    category: 'fault-hardware',
    priority,
    symptoms: 'The printer head jams on every page',
  });
  expect(res.status).toBe(201);
  return res.body;
}

/** Test data: warranty's decision that a case is in warranty with on-site allowed (R-WA-1), on the standard plan unless `over` says otherwise. */
export function inWarrantyDecision(caseId: string, determinedAt: Date, over: Partial<EntitlementDeterminedV1Data> = {}): EntitlementDeterminedV1Data {
  return {
    decisionId: uuidv7(),
    caseId,
    serialNumber: 'SN-1',
    productModel: 'PX-2000',
    inWarranty: true,
    warrantyStartsOn: '2026-01-01',
    warrantyEndsOn: '2028-12-31',
    coverage: { parts: true, labour: true, onSite: true },
    allowedServiceModes: ['phone', 'remote', 'on-site'],
    slaPlanCode: null,
    rules: [{ rule: 'R-WA-1', outcome: 'passed', detail: 'within the warranty period' }],
    determinedAt: determinedAt.toISOString(),
    ...over,
  };
}

/**
 * Intake on a manual clock, as the SLA test files start it: the producers it consumes have their streams, the timer
 * worker's own loop is idle (the test fires rounds), its events are collected and one company customer exists.
 */
export async function startIntakeOnClock(clock: ManualClock, label: string): Promise<{ t: ServiceUnderTest<ManualClock>; events: EventCollector; customerId: string }> {
  const t = await startServiceUnderTest({ definition: intakeService, appModule: AppModule, clock, streams: ['warranty', 'dispatch'], env: { TIMERS_POLL_INTERVAL_MS: '3600000' }, label });
  const events = await t.events();
  return { t, events, customerId: await registerCompanyOverApi(t) };
}

/** The requests the SLA test files send: as staff, open a printer case of the given priority, read a case, fire timers. */
export function intakeCaseHelpers(sut: () => ServiceUnderTest, customer: () => string, priority: 'P1' | 'P2' | 'P3' | 'P4') {
  const http = staffHttp(sut);
  return {
    http,
    openCase: () => openPrinterCase(sut(), customer(), priority),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read the case field by field
    getCase: async (id: string): Promise<any> => (await http('GET', `/v1/cases/${id}`, 'agent')).body,
    fire: () => sut().fireAllDueTimers(),
  };
}
