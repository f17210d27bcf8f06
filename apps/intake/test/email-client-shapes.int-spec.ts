/**
 * The email channel with mail as real clients send it (R-IN-1, R-IN-6; issue #16 "Email"): raw RFC 5322 messages in
 * the shapes Foxmail, QQ Mail, Outlook and Exchange produce, sent over real SMTP to intake's listener, with real
 * PostgreSQL and NATS. What a support desk in China receives every day must become the right case, the right note,
 * or nothing at all: GBK bodies and encoded-word subjects, 回复:/答复: replies with 原始邮件 quotes, an HTML-only body
 * beside attachments, out-of-office replies marked only by X-Autoreply, X-Auto-Response-Suppress or a 自动回复
 * subject, delivery reports from a MAILER-DAEMON whose envelope sender is not `<>`, and a sender caught in a loop.
 */
import { randomUUID } from 'node:crypto';
import { encode } from 'iconv-lite';
import { Transporter, createTransport } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { ReceiveMailSmtpListener } from '../src/email/commands/receive-mail/receive-mail.smtp-listener';
import { intakeService } from '../src/intake.service-definition';

const SUPPORT = 'support@aftersales.local';
const LOOP_LIMIT = 3;
/** A JPEG as far as the attachment rules look: its signature, then anything. */
const PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(1020, 7)]);

type SmtpError = Error & { responseCode?: number; response?: string };
type CaseJson = { id: string; caseNumber: string; customerId: string; symptoms: string; productModel: string; serialNumber: string };

/** `=?GBK?B?...?=`: a header word in GBK, as Foxmail and QQ Mail write Chinese subjects. */
const gbkWord = (text: string) => `=?GBK?B?${encode(text, 'gbk').toString('base64')}?=`;
const gbkBase64 = (text: string) => encode(text, 'gbk').toString('base64').replace(/.{76}/g, '$&\r\n');
const CRLF = (lines: string[]) => lines.join('\r\n');

describe('intake: the email channel with mail as Chinese mail clients send it', () => {
  let t: ServiceUnderTest;
  let smtp: Transporter<SMTPTransport.SentMessageInfo>;

  /** A raw message as the client wrote it, with the envelope its server would use. */
  const sendRaw = (envelopeFrom: string, raw: string) => smtp.sendMail({ envelope: { from: envelopeFrom, to: [SUPPORT] }, raw });
  const counts = async () => {
    const [row] = await t.query(`
      SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM customers)::int AS customers,
             (SELECT count(*) FROM case_activity)::int AS activity, (SELECT count(*) FROM messaging_outbox)::int AS events`);
    return row as Record<string, number>;
  };
  const caseNumberIn = (response: string): string => {
    const found = /CS-\d{8}-\d{6}/.exec(response)?.[0];
    if (!found) throw new Error(`no case number in "${response}"`);
    return found;
  };
  const caseByNumber = async (caseNumber: string): Promise<CaseJson> => {
    const page = await t.http('GET', `/v1/cases?q=${caseNumber}&limit=10`, { token: await t.token('agent') });
    expect(page.status).toBe(200);
    const found = (page.body.items as CaseJson[]).find((c) => c.caseNumber === caseNumber);
    if (!found) throw new Error(`case ${caseNumber} is not listed`);
    return found;
  };
  const activity = async (caseId: string) =>
    (await t.http('GET', `/v1/cases/${caseId}/activity`, { token: await t.token('agent') })).body.items as { kind: string; detail: Record<string, unknown> }[];
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
      env: { EMAIL_SMTP_ENABLED: 'true', EMAIL_SMTP_PORT: '0', EMAIL_SUPPORT_ADDRESS: SUPPORT, EMAIL_MAX_CASES_PER_SENDER_PER_HOUR: String(LOOP_LIMIT) },
    });
    const listening = t.app.get(ReceiveMailSmtpListener).address();
    if (!listening) throw new Error('the SMTP listener did not start');
    const port = listening.port;
    smtp = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, connectionTimeout: 5_000 });
  });

  afterAll(async () => {
    smtp?.close();
    await t?.close();
  });

  let foxmailCase: CaseJson;

  it('opens a case from a Foxmail mail: GBK body, GBK encoded-word subject, model and serial in Chinese labels', async () => {
    const info = await sendRaw(
      'zhao.lei@example.cn',
      CRLF([
        `From: ${gbkWord('赵磊')} <zhao.lei@example.cn>`,
        `To: <${SUPPORT}>`,
        `Subject: ${gbkWord('复印机卡纸')}`,
        `Message-ID: <${randomUUID()}@foxmail.com>`,
        'X-Mailer: Foxmail 7.2.25.375[cn]',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset="GBK"',
        'Content-Transfer-Encoding: base64',
        '',
        gbkBase64('您好，复印机每次都卡纸。\r\n型号：PX-2000\r\n序列号：SN-PX2000-0107\r\n\r\n-- \r\n赵磊 13800000000'),
        '',
      ]),
    );
    expect(info.response).toMatch(/OK: case CS-\d{8}-\d{6} opened/);
    foxmailCase = await caseByNumber(caseNumberIn(info.response));
    expect(foxmailCase).toMatchObject({
      productModel: 'PX-2000',
      serialNumber: 'SN-PX2000-0107',
      symptoms: '复印机卡纸\n\n您好，复印机每次都卡纸。\n型号：PX-2000\n序列号：SN-PX2000-0107',
    });
  });

  it('adds a QQ Mail reply (回复: subject in GB18030, 原始邮件 quote) to its case as a note of the new words only', async () => {
    const info = await sendRaw(
      'zhao.lei@example.cn',
      CRLF([
        'From: <zhao.lei@example.cn>',
        `To: <${SUPPORT}>`,
        `Subject: =?gb18030?B?${encode(`回复：[${foxmailCase.caseNumber}] 复印机卡纸`, 'gb18030').toString('base64')}?=`,
        `Message-ID: <${randomUUID()}@qq.com>`,
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset="gb18030"',
        'Content-Transfer-Encoding: base64',
        '',
        encode('换了纸盒还是卡纸。\r\n\r\n------------------ 原始邮件 ------------------\r\n发件人: "客服" <support@aftersales.local>\r\n请更换纸盒再试。', 'gb18030').toString('base64'),
        '',
      ]),
    );
    expect(info.response).toContain(`OK: added to case ${foxmailCase.caseNumber}`);
    const notes = (await activity(foxmailCase.id)).filter((a) => a.kind === 'customer-note');
    expect(notes.map((n) => n.detail.text)).toEqual(['换了纸盒还是卡纸。']);
  });

  it('reads an Outlook mail whose only body is HTML inside multipart/mixed beside a photo: symptoms, model and serial kept', async () => {
    const html = '<html><head><style>p{margin:0}</style></head><body><p>打印机开机后不出纸。</p><p>型号：PX-3000<br>序列号：SN-PX3000-0042</p><p><img src="cid:logo"></p></body></html>';
    const info = await sendRaw(
      'sun.li@example.cn',
      CRLF([
        'From: "Sun Li" <sun.li@example.cn>',
        `To: <${SUPPORT}>`,
        `Subject: ${gbkWord('打印机不出纸')}`,
        `Message-ID: <${randomUUID()}@example.cn>`,
        'X-Mailer: Microsoft Outlook 16.0',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="----=_NextPart_000_0001"',
        '',
        '------=_NextPart_000_0001',
        'Content-Type: text/html; charset="gb2312"',
        'Content-Transfer-Encoding: base64',
        '',
        encode(html, 'gb2312').toString('base64'),
        '',
        '------=_NextPart_000_0001',
        'Content-Type: image/jpeg; name="photo.jpg"',
        'Content-Disposition: attachment; filename="photo.jpg"',
        'Content-Transfer-Encoding: base64',
        '',
        PHOTO.toString('base64'),
        '------=_NextPart_000_0001--',
        '',
      ]),
    );
    expect(info.response).toMatch(/OK: case CS-\d{8}-\d{6} opened/);
    const c = await caseByNumber(caseNumberIn(info.response));
    expect(c).toMatchObject({
      productModel: 'PX-3000',
      serialNumber: 'SN-PX3000-0042',
      symptoms: '打印机不出纸\n\n打印机开机后不出纸。\n\n型号：PX-3000\n序列号：SN-PX3000-0042',
    });
    const files = await t.http('GET', `/v1/cases/${c.id}/attachments`, { token: await t.token('agent') });
    expect(files.body.items).toEqual([expect.objectContaining({ fileName: 'photo.jpg', contentType: 'image/jpeg', sizeBytes: 1024 })]);
  });

  it.each([
    [
      'marked only by X-Autoreply',
      ['From: <qian.hua@example.cn>', 'Subject: Re: printer', 'X-Autoreply: yes', 'Content-Type: text/plain; charset=utf-8', '', 'I am on leave until Monday.'],
    ],
    [
      'from Exchange, marked only by X-Auto-Response-Suppress',
      ['From: "Qian Hua" <qian.hua@example.cn>', 'Subject: Printer', 'X-Auto-Response-Suppress: All', 'Content-Type: text/plain; charset=utf-8', '', 'Out of the office.'],
    ],
    [
      'from Foxmail, marked only by its 自动回复 subject',
      ['From: <qian.hua@example.cn>', `Subject: ${gbkWord('自动回复：打印机')}`, 'Content-Type: text/plain; charset=GBK', 'Content-Transfer-Encoding: base64', '', gbkBase64('您好，我正在休假。')],
    ],
    [
      'from Outlook in Chinese, marked only by its 自动答复 subject',
      ['From: <qian.hua@example.cn>', `Subject: ${gbkWord('自动答复: 打印机')}`, 'Content-Type: text/plain; charset=GBK', 'Content-Transfer-Encoding: base64', '', gbkBase64('我本周不在办公室。')],
    ],
  ])('opens no case for an out-of-office reply %s', async (_shape, lines) => {
    const before = await counts();
    const info = await sendRaw('qian.hua@example.cn', CRLF([`To: <${SUPPORT}>`, `Message-ID: <${randomUUID()}@example.cn>`, 'MIME-Version: 1.0', ...lines, '']));
    expect(info.response).toContain('no case opened');
    expect(await counts()).toEqual(before);
  });

  it('opens no case and registers no "Mail Delivery System" customer for a delivery report from MAILER-DAEMON with a real envelope sender', async () => {
    const before = await counts();
    const info = await sendRaw(
      'MAILER-DAEMON@mx.example.cn',
      CRLF([
        'From: Mail Delivery System <MAILER-DAEMON@mx.example.cn>',
        `To: <${SUPPORT}>`,
        'Subject: Undelivered Mail Returned to Sender',
        `Message-ID: <${randomUUID()}@mx.example.cn>`,
        'MIME-Version: 1.0',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"',
        '',
        '--dsn',
        'Content-Type: text/plain; charset=us-ascii',
        '',
        'This is the mail system at host mx.example.cn. I am sorry to have to inform you that your message could not be delivered.',
        '--dsn',
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; mx.example.cn',
        '',
        'Final-Recipient: rfc822; nobody@example.cn',
        'Action: failed',
        'Status: 5.1.1',
        '--dsn--',
        '',
      ]),
    );
    expect(info.response).toContain('no case opened');
    expect(await counts()).toEqual(before);
    const found = await t.http('GET', '/v1/customers?q=Mail%20Delivery', { token: await t.token('agent') });
    expect(found.body.items).toEqual([]);
  });

  it(`defers the ${LOOP_LIMIT + 1}th new case from one sender within an hour with 450, while its replies and other senders still get through`, async () => {
    const newMail = (from: string, subject: string) =>
      sendRaw(from, CRLF([`From: <${from}>`, `To: <${SUPPORT}>`, `Subject: ${subject}`, `Message-ID: <${randomUUID()}@loop.example>`, 'Content-Type: text/plain; charset=utf-8', '', 'Ticket received']));
    const opened: string[] = [];
    for (let i = 1; i <= LOOP_LIMIT; i++) {
      const info = await newMail('robot@loop.example', `Ticket ${i}`);
      expect(info.response).toMatch(/OK: case CS-\d{8}-\d{6} opened/);
      opened.push(caseNumberIn(info.response));
    }
    const before = await counts();
    const deferred = await refusal(newMail('robot@loop.example', `Ticket ${LOOP_LIMIT + 1}`));
    expect(deferred.responseCode).toBe(450);
    expect(deferred.response).toContain('4.7.1');
    expect(await counts()).toEqual(before);

    // A reply to one of its cases is a note, not a new case: it still arrives.
    const reply = await newMail('robot@loop.example', `Re: [${opened[0]}] Ticket 1`);
    expect(reply.response).toContain(`OK: added to case ${opened[0]}`);
    // Somebody else is not held back by that sender.
    const other = await newMail('zhou.min@example.cn', 'Scanner streaks');
    expect(other.response).toMatch(/OK: case CS-\d{8}-\d{6} opened/);
  });
});
