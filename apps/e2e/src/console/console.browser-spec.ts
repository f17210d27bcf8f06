/**
 * Issue #20's acceptance, in a browser: the agent opens a case from a call, sees the entitlement and the clocks and
 * assigns it; the engineer, on a phone, acknowledges, records the visit and the customer signs; the customer sees
 * only their own case and confirms the resolution; the manager's desk shows escalations and breaches; both
 * languages render; axe finds no serious or critical violation on the main pages. Screenshots: artefacts/.
 */
import { waitFor } from '@aftersales/platform-testing';
import { call } from '../platform';
import { ConsoleUnderTest, screenshot, seriousViolations, startConsoleUnderTest } from './harness';

describe('the console in a browser (issue #20)', () => {
  let t: ConsoleUnderTest;
  let caseId = '';
  let caseNumber = '';

  beforeAll(async () => {
    t = await startConsoleUnderTest();
  }, 300_000);

  afterAll(async () => {
    await t?.stop();
  }, 60_000);

  it('signs in on one origin, in Chinese by default and in English when chosen', async () => {
    const context = await t.browser.newContext({ baseURL: t.console.url, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL('**/signin');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('登录');
    expect(await page.getByText('开发环境登录').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in-zh-CN');
    await page.getByRole('combobox', { name: '语言' }).click();
    await page.locator('.ant-select-item-option', { hasText: 'English' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.getByText('Development sign-in').count()).toBe(1);
    await screenshot(page, 'sign-in-en');
    // The API is behind the same origin: /api/<service>/ reaches the service.
    const health = await page.evaluate(async () => (await fetch('/api/intake/health/ready')).status);
    expect(health).toBe(200);
    await context.close();
  });

  it('the agent opens a case from a call: customer search as they type, the entitlement and why before saving', async () => {
    const { context, page } = await t.signedIn('agent');
    await page.getByRole('heading', { name: 'Case queue' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'New case from a call' }).click();
    await page.getByRole('heading', { name: 'New case from a phone call' }).waitFor();

    await page.getByLabel('Customer').fill('Zhang');
    await page.locator('.ant-select-item-option', { hasText: 'Zhang San (CU-DEMO-0001)' }).click();
    expect(await page.getByLabel('Contact name').inputValue()).toBe('Zhang San');
    expect(await page.getByLabel('Phone').inputValue()).toBe('+86 10 5555 0101');

    await page.getByLabel('Serial number').fill('SN-PX2000-0001');
    await page.getByRole('button', { name: 'Look up' }).click();
    const entitlement = page.getByTestId('entitlement');
    await entitlement.getByText('In warranty').waitFor();
    expect(await page.getByLabel('Product model').inputValue()).toBe('PX-2000');
    // The decision says why: each rule it applied, with its outcome.
    expect(await entitlement.getByRole('img', { name: 'passed' }).count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'agent-new-case');

    await page.getByLabel('Priority').click();
    await page.locator('.ant-select-item-option', { hasText: 'P2 high' }).click();
    await page.getByLabel('Symptoms').fill('Powers off under load');
    await page.getByRole('button', { name: 'Open the case' }).click();
    await page.waitForURL(/\/agent\/cases\/[0-9a-f-]{36}$/);
    caseId = page.url().split('/').pop() as string;
    caseNumber = (await page.getByTestId('case-number').textContent()) ?? '';
    expect(caseNumber).toMatch(/^CS-\d{8}-\d{6}$/);
    await context.close();
  });

  it('the agent sees the clocks with why they are due then, the warranty decision, the work order and why that engineer, and assigns the case', async () => {
    const { context, page } = await t.signedIn('agent');
    await page.goto(`/agent/cases/${caseId}`);
    const clocks = page.getByTestId('clocks');
    await clocks.getByText('Why due then:').first().waitFor();
    expect(await clocks.locator('[data-tone]').count()).toBeGreaterThan(0);
    await page.getByTestId('in-warranty').getByText('In warranty').waitFor({ timeout: 20_000 });
    // Dispatch assigns the work order to the seeded engineer and says why (R-DS-3).
    await page.getByTestId('assignment').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('work-orders').getByText('Why this engineer:').count()).toBe(1);

    await page.getByLabel('Engineer').click();
    await page.locator('.ant-select-item-option', { hasText: 'Li Wei' }).click();
    await page.getByRole('button', { name: 'Assign' }).click();
    await page.getByTestId('case-engineer').getByText('0192f3a0-7c1e-7c3a-9a4e-0000000000e1').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'agent-case');

    // The queue lists it with its next SLA breach counting down, coloured by the ladder.
    await page.goto('/agent');
    const row = page.locator('tr', { hasText: caseNumber });
    await row.locator('[data-tone]').waitFor();
    expect(await row.locator('[data-tone]').textContent()).toMatch(/left|overdue|Paused/);
    await screenshot(page, 'agent-queue');
    await context.close();
  });

  it('a change made on a stale version is offered as a reload (409)', async () => {
    const { context, page } = await t.signedIn('agent');
    await page.goto(`/agent/cases/${caseId}`);
    await page.getByTestId('case-number').waitFor();
    // Someone else changes the priority meanwhile.
    const token = await t.platform.token('agent', { sub: 'agent-elsewhere' });
    const current = await call('GET', `${t.platform.url('intake')}/v1/cases/${caseId}`, token);
    const changed = await call('POST', `${t.platform.url('intake')}/v1/cases/${caseId}/priority`, token, { priority: 'P1', reason: 'customer line down', version: current.body.version });
    expect(changed.status).toBe(200);
    await page.locator('form[aria-label="Change priority"]').getByLabel('Priority').click();
    await page.locator('.ant-select-item-option', { hasText: 'P3 normal' }).click();
    await page.getByLabel('Reason').fill('agreed with the customer');
    await page.getByRole('button', { name: 'Change priority' }).click();
    await page.locator('.ant-modal-confirm-title', { hasText: 'Someone changed this case' }).waitFor();
    await page.getByRole('button', { name: 'Reload the case' }).click();
    await page.locator('.ant-tag', { hasText: 'P1 critical' }).waitFor();
    await context.close();
  });

  it('the engineer, on a phone, acknowledges, records the visit and the customer signs on the pad', async () => {
    const { context, page } = await t.signedIn('engineer', { phone: true });
    await page.getByRole('heading', { name: 'My work orders' }).waitFor();
    await page.getByText(caseNumber, { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'engineer-work-orders');
    await page.locator('a', { hasText: /^WO-/ }).first().click();
    const step = page.getByTestId('visit-step');
    // Each step's card is titled by the step; a refusal shows dispatch's problem in an alert.
    const reach = async (title: string) => {
      try {
        await step.getByRole('heading', { name: title }).waitFor({ timeout: 15_000 });
      } catch (error) {
        await screenshot(page, `engineer-stuck-before-${title.replace(/\W+/g, '-')}`);
        throw new Error(`the visit did not reach "${title}": ${(await page.getByRole('alert').allTextContents()).join(' | ') || (error as Error).message}`);
      }
    };
    await reach('Call the customer');
    await step.getByRole('button', { name: 'I have called the customer' }).click();
    await reach('Arrive on site');
    await step.getByRole('button', { name: 'I am on site' }).click();
    await reach('Diagnose');
    await step.getByLabel('Diagnosis').fill('Power supply capacitor failed');
    await step.getByRole('button', { name: 'Save' }).click();
    await reach('Test the repair');
    await step.getByRole('button', { name: 'Save' }).click();
    await reach('Quality inspection');
    await step.getByRole('button', { name: 'Inspection passed' }).click();
    await reach('Customer signs');
    await step.getByLabel("Customer's name").fill('Zhang San');
    const pad = page.getByTestId('signature-pad');
    const box = await pad.boundingBox();
    if (!box) throw new Error('no signature pad on the page');
    await page.mouse.move(box.x + 20, box.y + 40);
    await page.mouse.down();
    for (const [dx, dy] of [[60, 90], [120, 30], [180, 100], [240, 50]]) await page.mouse.move(box.x + dx, box.y + dy, { steps: 5 });
    await page.mouse.up();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'engineer-signature');
    await step.getByRole('button', { name: 'Save the signature' }).click();
    await reach('Complete');
    await step.getByLabel('What was done').fill('Replaced the power supply; tested under load');
    await step.getByRole('button', { name: 'Complete the work order' }).click();
    await page.getByText('Work order completed').waitFor();
    await context.close();
  });

  it('the customer sees only their own case and confirms the resolution', async () => {
    // Another customer's case, which Zhang San must not see (R-IN-8).
    const agent = await t.platform.token('agent', { sub: 'agent-e2e' });
    const other = await call('POST', `${t.platform.url('intake')}/v1/customers`, agent, { kind: 'person', name: 'Li Si' }, { 'idempotency-key': 'browser-other-customer' });
    expect(other.status).toBe(201);
    const foreign = await call(
      'POST',
      `${t.platform.url('intake')}/v1/cases`,
      agent,
      { channel: 'hotline', customerId: other.body.id, contact: { name: 'Li Si' }, productModel: 'PX-2000', serialNumber: 'SN-PX2000-0099', category: 'consultation', priority: 'P4', symptoms: 'How do I clean the print head?' },
      { 'idempotency-key': 'browser-foreign-case' },
    );
    expect(foreign.status).toBe(201);
    // Dispatch's completion resolves the case in intake.
    await waitFor(async () => (await call('GET', `${t.platform.url('intake')}/v1/cases/${caseId}`, agent)).body.status === 'resolved', { timeoutMs: 30_000, what: 'the case resolved' });

    const { context, page } = await t.signedIn('customer', { language: 'zh-CN' });
    await page.getByRole('heading', { name: '我的服务请求' }).waitFor();
    await page.getByRole('link', { name: caseNumber }).waitFor();
    expect(await page.getByRole('link', { name: foreign.body.caseNumber }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'portal-my-cases-zh-CN');
    await page.getByRole('link', { name: caseNumber }).click();
    await page.getByText('我们认为问题已解决').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'portal-case-zh-CN');
    await page.getByRole('button', { name: '是的，已解决' }).click();
    await page.locator('.ant-tag', { hasText: '已关闭' }).waitFor();
    await context.close();
  });

  it("the manager's desk lists escalations awaiting a reaction and breached clocks", async () => {
    const { context, page } = await t.signedIn('manager');
    await page.getByRole('heading', { name: 'Escalations and breaches' }).waitFor();
    await page.getByTestId('escalations').waitFor();
    await page.getByTestId('breaches').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'manager-desk');
    await context.close();
  });
});
