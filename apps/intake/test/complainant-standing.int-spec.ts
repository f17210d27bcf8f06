/**
 * R-CP-5 in intake: complaints' standing of a customer (customer-standing.changed) reaches intake's projection; the
 * customer shows it, and the next case of that customer carries the flag, in its view and in case.opened, one
 * priority level higher (CASE_COMPLAINANT_TREATMENT defaults to raise-priority). An older standing arriving late
 * changes nothing.
 */
import { randomUUID } from 'node:crypto';
import { CustomerComplaintStandingChangedV1, CustomerComplaintStandingChangedV1Data } from '@aftersales/contracts-complaints';
import { CaseOpenedV1 } from '@aftersales/contracts-intake';
import { ServiceUnderTest, startServiceUnderTest, waitFor } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { intakeService } from '../src/intake.service-definition';
import { openPrinterCase, registerCompanyOverApi, staffHttp } from './intake-fixtures';

describe('intake: a customer who complained before (R-CP-5)', () => {
  let t: ServiceUnderTest;
  const http = staffHttp(() => t);

  const standing = (customerId: string, over: Partial<CustomerComplaintStandingChangedV1Data> = {}): CustomerComplaintStandingChangedV1Data => ({
    customerId,
    complainedBefore: true,
    complaintCount: 1,
    openComplaints: 1,
    lastComplaintId: randomUUID(),
    lastComplaintAt: '2026-11-20T02:00:00.000Z',
    changedAt: '2026-11-20T02:00:00.000Z',
    ...over,
  });
  const stored = (customerId: string, count: number) =>
    waitFor(async () => (await t.count(`SELECT count(*)::int AS n FROM customer_complaint_standing WHERE customer_id = $1 AND complaint_count = $2`, [customerId, count])) === 1 || undefined, {
      what: `the standing of ${customerId} with ${count} complaints`,
    });

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: intakeService, appModule: AppModule, streams: ['warranty', 'dispatch', 'complaints'] });
  });
  afterAll(() => t?.close());

  it('shows the standing on the customer, and raises the next case one level and flags it, in its view and in case.opened', async () => {
    const customerId = await registerCompanyOverApi(t, 'Repeat Complainer Ltd');
    const before = await openPrinterCase(t, customerId, 'P3');
    expect((await http('GET', `/v1/cases/${before.id}`, 'agent')).body).toMatchObject({ priority: 'P3', complainant: null });
    expect((await http('GET', `/v1/customers/${customerId}`, 'agent')).body.complaintStanding).toBeNull();

    await t.publish(CustomerComplaintStandingChangedV1, { aggregateId: customerId, sequence: 2, data: standing(customerId, { complaintCount: 2 }) });
    await stored(customerId, 2);
    // An older standing, delivered late, changes nothing.
    await t.publish(CustomerComplaintStandingChangedV1, { aggregateId: customerId, sequence: 1, data: standing(customerId, { complaintCount: 1 }) });
    const sentinel = randomUUID();
    await t.publish(CustomerComplaintStandingChangedV1, { aggregateId: sentinel, sequence: 1, data: standing(sentinel) });
    await stored(sentinel, 1);

    expect((await http('GET', `/v1/customers/${customerId}`, 'agent')).body.complaintStanding).toEqual({
      complainedBefore: true,
      complaintCount: 2,
      openComplaints: 1,
      lastComplaintAt: '2026-11-20T02:00:00.000Z',
    });
    const next = await openPrinterCase(t, customerId, 'P3');
    const flagged = {
      complainedBefore: true,
      complaintCount: 2,
      openComplaints: 1,
      lastComplaintAt: '2026-11-20T02:00:00.000Z',
      treatment: 'raise-priority',
      priorityRaisedFrom: 'P3',
    };
    expect((await http('GET', `/v1/cases/${next.id}`, 'agent')).body).toMatchObject({ priority: 'P2', complainant: flagged });
    const [opened] = await t.query(`SELECT envelope FROM messaging_outbox WHERE envelope->>'type' = $1 AND aggregate_id = $2`, [CaseOpenedV1.subject, next.id]);
    expect(opened.envelope.data).toMatchObject({ priority: 'P2', complainant: flagged });
  });

  it('leaves the case of a customer who never complained as opened', async () => {
    const customerId = await registerCompanyOverApi(t, 'Happy Customer Ltd');
    const res = await openPrinterCase(t, customerId, 'P4');
    expect((await http('GET', `/v1/cases/${res.id}`, 'agent')).body).toMatchObject({ priority: 'P4', complainant: null });
    const [opened] = await t.query(`SELECT envelope FROM messaging_outbox WHERE envelope->>'type' = $1 AND aggregate_id = $2`, [CaseOpenedV1.subject, res.id]);
    expect(opened.envelope.data.complainant).toBeNull();
  });
});
