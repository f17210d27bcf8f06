/**
 * The email channel (R-IN-1, R-IN-6; issue #3 "Email channel"): real mail sent over SMTP with nodemailer to intake's
 * listener, with real PostgreSQL and NATS. A mail to the support address opens a case (case number, activity,
 * case.opened through the outbox); a reply naming the case becomes a customer note; the same Message-ID twice is
 * taken once; a wrong recipient, an oversize mail and a database failure change nothing.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Socket, connect } from 'node:net';
import { Transporter, createTransport } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { CaseOpenedV1 } from '@aftersales/contracts-intake';
import { Role } from '@aftersales/platform-auth';
import { EventCollector, ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { ReceiveMailSmtpListener } from '../src/email/commands/receive-mail/receive-mail.smtp-listener';
import { intakeService } from '../src/intake.service-definition';

const SUPPORT = 'support@aftersales.local';
const MAX_BYTES = 64 * 1024;
/** A JPEG as far as the attachment rules look: its signature, then anything. */
const PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2044, 1)]);

type SmtpError = Error & { code?: string; responseCode?: number; response?: string };
type CaseJson = { id: string; caseNumber: string; customerId: string; symptoms: string };

describe('intake: the email channel', () => {
  let t: ServiceUnderTest;
  let events: EventCollector;
  let port: number;
  let smtp: Transporter<SMTPTransport.SentMessageInfo>;

  const http = async (method: 'GET' | 'POST', url: string, auth: string, payload?: object) => {
    const res = await t.http(method, url, { token: auth, body: payload });
    return { status: res.status, body: res.body };
  };
  const counts = async () => {
    const [row] = await t.query(`
      SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM case_activity)::int AS activity,
             (SELECT count(*) FROM inbound_email)::int AS mails, (SELECT count(*) FROM messaging_outbox)::int AS events,
             (SELECT count(*) FROM customers)::int AS customers`);
    return row as Record<string, number>;
  };
  const caseNumberIn = (response: string) => /CS-\d{8}-\d{6}/.exec(response)?.[0];
  /** The case with this number, read over the HTTP API as an agent would. */
  const caseByNumber = async (caseNumber: string) => {
    const page = await http('GET', '/v1/cases?limit=100', await t.token('agent'));
    expect(page.status).toBe(200);
    const found = (page.body.items as CaseJson[]).find((c) => c.caseNumber === caseNumber);
    if (!found) throw new Error(`case ${caseNumber} is not listed`);
    return found;
  };
  const activity = async (caseId: string, role: Role = 'agent', claims: { customerId?: string } = {}) =>
    (await http('GET', `/v1/cases/${caseId}/activity`, await t.token(role, claims))).body.items as { kind: string; visibility: string; actor: string; detail: Record<string, unknown> }[];
  const send = (mail: Parameters<typeof smtp.sendMail>[0]) => smtp.sendMail({ to: SUPPORT, ...mail });
  const refusal = async (sending: Promise<unknown>): Promise<SmtpError> => {
    const outcome = await sending.then(
      () => undefined,
      (error: SmtpError) => error,
    );
    if (!outcome) throw new Error('the mail was accepted');
    return outcome;
  };

  beforeAll(async () => {
    t = await startServiceUnderTest({
      definition: intakeService,
      appModule: AppModule,
      env: { EMAIL_SMTP_ENABLED: 'true', EMAIL_SMTP_PORT: '0', EMAIL_SUPPORT_ADDRESS: SUPPORT, EMAIL_MAX_MESSAGE_BYTES: String(MAX_BYTES) },
    });
    port = t.app.get(ReceiveMailSmtpListener).address()!.port;
    smtp = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, connectionTimeout: 5_000 });
    events = await t.events();
  });

  afterAll(async () => {
    smtp?.close();
    await t?.close();
  });

  let opened: { id: string; caseNumber: string; customerId: string; messageId: string };

  it('opens a case from a mail to the support address, with its number, activity and case.opened event', async () => {
    const messageId = `<${randomUUID()}@mail.example.com>`;
    const info = await send({
      from: '王芳 <Wang.Fang@example.com>',
      subject: '打印机开机后断电 Printer powers off',
      messageId,
      text: 'Hello,\n\nthe printer powers off right after start.\nModel: PX-2000\nSerial number: SN-PX2000-0001\n\n-- \n王芳\n+86 10 5555 0101',
      attachments: [
        { filename: 'photo.jpg', content: PHOTO, contentType: 'image/jpeg' },
        { filename: 'setup.exe', content: Buffer.from('MZ...'), contentType: 'application/x-msdownload' },
      ],
    });
    expect(info.accepted).toEqual([SUPPORT]);
    expect(info.response).toMatch(/^250 .*OK: case CS-\d{8}-\d{6} opened/);
    const caseNumber = caseNumberIn(info.response)!;

    const c = await caseByNumber(caseNumber);
    expect(c).toMatchObject({
      channel: 'email',
      status: 'new',
      category: 'consultation',
      priority: 'P3',
      productModel: 'PX-2000',
      serialNumber: 'SN-PX2000-0001',
      contact: { name: '王芳', email: 'wang.fang@example.com' },
    });
    // Subject and the writer's text; the signature (with a phone number) stays out of the symptoms.
    expect(c.symptoms).toBe('打印机开机后断电 Printer powers off\n\nHello,\n\nthe printer powers off right after start.\nModel: PX-2000\nSerial number: SN-PX2000-0001');

    // An unknown sender is registered as a person customer with the address as its contact.
    const customer = await http('GET', `/v1/customers/${c.customerId}`, await t.token('agent'));
    expect(customer.body).toMatchObject({ kind: 'person', name: '王芳', contacts: [{ name: '王芳', email: 'wang.fang@example.com', preferredChannel: 'email' }] });

    const log = await activity(c.id);
    expect(log.map((a) => a.kind)).toEqual(['case-opened', 'email-received', 'attachment-added']);
    expect(log[0]).toMatchObject({ actor: 'user:email:wang.fang@example.com', detail: { channel: 'email' } });
    expect(log[1].detail).toMatchObject({
      from: 'wang.fang@example.com',
      messageId: messageId.slice(1, -1),
      attachments: [
        { name: 'photo.jpg', contentType: 'image/jpeg', size: 2048, stored: true },
        { name: 'setup.exe', contentType: 'application/x-msdownload', size: 5, stored: false, reason: 'type application/x-msdownload is not accepted' },
      ],
      customer: { matchedBy: 'registered-from-mail' },
    });
    // The photo is in the case's attachments, under the same rules as POST /v1/cases/:id/attachments.
    const files = await http('GET', `/v1/cases/${c.id}/attachments`, await t.token('agent'));
    expect(files.body.items).toEqual([
      expect.objectContaining({ fileName: 'photo.jpg', contentType: 'image/jpeg', sizeBytes: 2048, visibility: 'public', sha256: createHash('sha256').update(PHOTO).digest('hex') }),
    ]);

    const event = await events.waitFor((e) => e.type === CaseOpenedV1.subject && e.subject === c.id);
    expect(event.data).toMatchObject({ caseNumber, channel: 'email', customerId: c.customerId, priority: 'P3', category: 'consultation' });
    expect(JSON.stringify(event)).not.toContain('wang.fang'); // contact details stay in intake
    opened = { id: c.id, caseNumber, customerId: c.customerId, messageId };
  });

  it('opens the case for the registered customer whose contact wrote', async () => {
    const registered = await http('POST', '/v1/customers', await t.token('agent'), {
      kind: 'company',
      name: '华为技术有限公司',
      contacts: [{ name: 'Li Lei', email: 'li.lei@example.com', preferredChannel: 'email' }],
    });
    expect(registered.status).toBe(201);
    const before = await counts();
    const info = await send({ from: 'Li Lei <LI.LEI@example.com>', subject: 'Network card drops the link', text: 'Since this morning.' });
    const c = await caseByNumber(caseNumberIn(info.response)!);
    expect(c).toMatchObject({ customerId: registered.body.id, productModel: 'unknown', serialNumber: 'unknown' });
    expect((await counts()).customers).toBe(before.customers);
  });

  it('appends a reply with the case number in its subject to that case as a customer note', async () => {
    const before = await counts();
    const info = await send({
      from: 'wang.fang@example.com',
      subject: `Re: [${opened.caseNumber}] 打印机开机后断电`,
      text: `It also beeps three times.\n\nOn Mon, 23 Nov 2026 at 09:00, Support <${SUPPORT}> wrote:\n> Which model is it?`,
      attachments: [{ filename: 'beep.mp3', content: Buffer.alloc(1000, 2), contentType: 'audio/mpeg' }],
    });
    expect(info.response).toContain(`OK: added to case ${opened.caseNumber}`);
    const after = await counts();
    expect(after).toMatchObject({ cases: before.cases, events: before.events, mails: before.mails + 1, activity: before.activity + 1 });

    const note = (await activity(opened.id)).at(-1)!;
    expect(note).toMatchObject({
      kind: 'customer-note',
      visibility: 'public',
      actor: 'user:email:wang.fang@example.com',
      detail: { channel: 'email', text: 'It also beeps three times.', attachments: [{ name: 'beep.mp3', contentType: 'audio/mpeg', size: 1000, stored: false }] },
    });
    // R-IN-6/R-IN-8: the customer sees their own note in the case history.
    const own = await activity(opened.id, 'customer', { customerId: opened.customerId });
    expect(own.map((a) => a.kind)).toContain('customer-note');
  });

  it('threads a reply without the case number by the mail it answers (In-Reply-To)', async () => {
    const info = await send({ from: 'wang.fang@example.com', subject: 'Re: 打印机开机后断电', inReplyTo: opened.messageId, references: [opened.messageId], text: 'Any news?' });
    expect(info.response).toContain(`OK: added to case ${opened.caseNumber}`);
    expect((await activity(opened.id)).at(-1)).toMatchObject({ kind: 'customer-note', detail: { text: 'Any news?' } });
  });

  it('keeps a reply from someone who is not the case’s customer for the staff only', async () => {
    const info = await send({ from: 'stranger@example.org', subject: `Re: ${opened.caseNumber}`, text: 'Please send me the invoice.' });
    expect(info.response).toContain(`OK: added to case ${opened.caseNumber}`);
    expect((await activity(opened.id)).at(-1)).toMatchObject({ kind: 'customer-note', visibility: 'internal', detail: { senderNotOnCase: true } });
    const own = await activity(opened.id, 'customer', { customerId: opened.customerId });
    expect(own.some((a) => a.detail.from === 'stranger@example.org')).toBe(false);
  });

  it('takes a mail sent twice with the same Message-ID once, also when both copies arrive at once', async () => {
    const mail = { from: 'zhao.lei@example.com', subject: 'Scanner jams', text: 'Every third page.', messageId: `<${randomUUID()}@mail.example.com>` };
    const before = await counts();
    const first = await send(mail);
    const again = await send(mail);
    expect(again.response).toContain(`OK: already received (case ${caseNumberIn(first.response)})`);
    expect(await counts()).toMatchObject({ cases: before.cases + 1, mails: before.mails + 1, events: before.events + 1, customers: before.customers + 1 });

    const racing = { ...mail, from: 'qian.li@example.com', messageId: `<${randomUUID()}@mail.example.com>` };
    const replies = await Promise.all([send(racing), send(racing)]);
    expect(replies.map((r) => r.response).filter((r) => r.includes('opened'))).toHaveLength(1);
    expect(await counts()).toMatchObject({ cases: before.cases + 2, mails: before.mails + 2, events: before.events + 2, customers: before.customers + 2 });

    // A reply sent twice is one note.
    const reply = { from: 'wang.fang@example.com', subject: `Re: ${opened.caseNumber}`, text: 'Once only.', messageId: `<${randomUUID()}@mail.example.com>` };
    await send(reply);
    await send(reply);
    expect((await activity(opened.id)).filter((a) => a.detail.text === 'Once only.')).toHaveLength(1);
  });

  it('refuses a mail to another recipient with 550, creating nothing', async () => {
    const before = await counts();
    const error = await refusal(send({ to: 'sales@aftersales.local', from: 'wang.fang@example.com', subject: 'Offer', text: 'Hi' }));
    expect(error).toMatchObject({ code: 'EENVELOPE', responseCode: 550, response: expect.stringContaining('5.1.1') });
    expect(await counts()).toEqual(before);
  });

  it('refuses an oversize mail with 552, creating nothing; a sender that declares the size does not even send it', async () => {
    const before = await counts();
    const big = { from: 'wang.fang@example.com', subject: 'Logs', text: 'attached', attachments: [{ filename: 'log.txt', content: 'x'.repeat(MAX_BYTES) }] };
    expect(await refusal(send(big))).toMatchObject({ responseCode: 552, response: expect.stringContaining('5.3.4') });
    // The listener advertises its limit (EHLO SIZE), and nodemailer checks a declared size against it.
    const declared = await refusal(send({ ...big, envelope: { from: 'wang.fang@example.com', to: SUPPORT, size: MAX_BYTES * 2 } as never }));
    expect(declared.message).toContain(String(MAX_BYTES));
    expect(await counts()).toEqual(before);
  });

  it('answers 451 while the database fails, so the sender retries, and takes the retry once', async () => {
    const mail = { from: 'sun.mei@example.com', subject: 'Display flickers', text: 'Model: PX-3000', messageId: `<${randomUUID()}@mail.example.com>` };
    const before = await counts();
    await t.query(`ALTER TABLE inbound_email RENAME TO inbound_email_away`);
    try {
      expect(await refusal(send(mail))).toMatchObject({ responseCode: 451, response: expect.stringContaining('4.3.0') });
    } finally {
      await t.query(`ALTER TABLE inbound_email_away RENAME TO inbound_email`);
    }
    expect(await counts()).toEqual(before);
    const retry = await send(mail);
    expect(retry.response).toMatch(/OK: case CS-\d{8}-\d{6} opened/);
    expect(await counts()).toMatchObject({ cases: before.cases + 1, mails: before.mails + 1 });
  });

  it('opens no case for automated mail (auto-replies, bounces)', async () => {
    const before = await counts();
    const info = await send({ from: 'wang.fang@example.com', subject: 'Out of office', text: 'Back Monday', headers: { 'Auto-Submitted': 'auto-replied' } });
    expect(info.response).toContain('no case opened');
    expect(await counts()).toMatchObject({ cases: before.cases, activity: before.activity });
  });

  it('stops listening when the service shuts down', async () => {
    await t.app.close();
    const refused = await new Promise<string>((resolve) => {
      const socket: Socket = connect({ host: '127.0.0.1', port });
      socket.once('connect', () => resolve('connected'));
      socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
  });
});
