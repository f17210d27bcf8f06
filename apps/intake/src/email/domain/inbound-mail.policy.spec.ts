import {
  MAX_TEXT,
  attachmentDecision,
  caseNumberInSubject,
  contactName,
  automatedReason,
  isAutomated,
  textOfHtml,
  messageKey,
  noteOf,
  normalizeMessageId,
  ownText,
  repliedToKeys,
  reportedProduct,
  symptomsOf,
} from './inbound-mail.policy';

describe('the email channel rules', () => {
  describe('a reply names its case by the case number in the subject (R-IN-6)', () => {
    it.each([
      ['Re: [CS-20261123-000042] Printer powers off', 'CS-20261123-000042'],
      ['AW: 回复: cs-20261123-000042 还是不行', 'CS-20261123-000042'],
      ['Case CS-20261123-1234567 again', 'CS-20261123-1234567'],
    ])('%s -> %s', (subject, expected) => expect(caseNumberInSubject(subject)).toBe(expected));

    it.each(['Printer powers off', 'CS-2026112-000042', 'XCS-20261123-000042', 'CS-20261123-00004'])('none in %s', (subject) =>
      expect(caseNumberInSubject(subject)).toBeNull(),
    );
  });

  describe('a mail is known again by its Message-ID', () => {
    it('without angle brackets, exactly as written', () => {
      expect(normalizeMessageId(' <Abc.123@mail.example.com> ')).toBe('Abc.123@mail.example.com');
      expect(normalizeMessageId('<>')).toBeNull();
      expect(normalizeMessageId(undefined)).toBeNull();
    });

    it('by the hash of an over-long Message-ID, and of its bytes when it has none', () => {
      expect(normalizeMessageId(`<${'x'.repeat(300)}@h>`)).toMatch(/^sha256:[0-9a-f]{64}$/);
      const raw = Buffer.from('Subject: hi\r\n\r\nbody');
      expect(messageKey(undefined, raw)).toBe(messageKey('', raw));
      expect(messageKey(undefined, raw)).not.toBe(messageKey(undefined, Buffer.from('Subject: hi\r\n\r\nother')));
      expect(messageKey('<a@b>', raw)).toBe('a@b');
    });

    it('and the mails a reply answers, newest first', () => {
      expect(repliedToKeys('<c@h>', ['<a@h>', '<b@h>', '<c@h>'])).toEqual(['c@h', 'b@h', 'a@h']);
      expect(repliedToKeys(undefined, '<a@h> <b@h>')).toEqual(['b@h', 'a@h']);
      expect(repliedToKeys(undefined, undefined)).toEqual([]);
    });
  });

  describe('mail no person wrote opens no case', () => {
    it.each([
      ['a bounce (null reverse-path)', { envelopeFrom: null, headers: {} }, true],
      ['an auto-reply', { envelopeFrom: 'a@b.c', headers: { autoSubmitted: 'auto-replied' } }, true],
      ['bulk mail', { envelopeFrom: 'a@b.c', headers: { precedence: 'Bulk' } }, true],
      ['a person’s mail marked Auto-Submitted: no', { envelopeFrom: 'a@b.c', headers: { autoSubmitted: 'no' } }, false],
      ['a person’s mail', { envelopeFrom: 'a@b.c', headers: {} }, false],
      ['an out-of-office marked only by X-Autoreply', { envelopeFrom: 'a@b.c', headers: { xAutoreply: 'yes' } }, true],
      ['an Exchange auto-reply marked only by X-Auto-Response-Suppress', { envelopeFrom: 'a@b.c', headers: { xAutoResponseSuppress: 'All' } }, true],
      ['a Foxmail out-of-office: 自动回复 subject', { envelopeFrom: 'a@b.c', subject: '自动回复：打印机不出纸', headers: {} }, true],
      ['an Outlook (zh-CN) out-of-office: 自动答复 subject', { envelopeFrom: 'a@b.c', subject: '自动答复: [CS-20261123-000042] 打印机', headers: {} }, true],
      ['an Outlook (en) out-of-office: Automatic reply subject', { envelopeFrom: 'a@b.c', subject: 'Automatic reply: Printer', headers: {} }, true],
      ['a person asking about auto-replies', { envelopeFrom: 'a@b.c', subject: '回复: 自动回复的问题', headers: {} }, false],
      ['a delivery report from MAILER-DAEMON with a real envelope sender', { envelopeFrom: 'MAILER-DAEMON@mx.example.com', headers: {} }, true],
      ['a delivery report whose From is postmaster', { envelopeFrom: 'bounce@mx.example.com', fromAddress: 'postmaster@example.com', headers: {} }, true],
      ['any multipart/report', { envelopeFrom: 'a@b.c', contentType: 'multipart/report; report-type=delivery-status', headers: {} }, true],
    ])('%s', (_what, mail, automated) => expect(isAutomated(mail)).toBe(automated));

    it('says why, for the activity and the metrics', () => {
      expect(automatedReason({ envelopeFrom: 'a@b.c', headers: { xAutoreply: 'yes' } })).toBe('auto-reply (X-Autoreply)');
      expect(automatedReason({ envelopeFrom: 'mailer-daemon@mx.example.com', headers: {} })).toBe('mail from a mail server (MAILER-DAEMON, postmaster)');
      expect(automatedReason({ envelopeFrom: 'a@b.c', headers: {} })).toBeNull();
    });
  });

  describe('the text of an HTML-only mail', () => {
    it('keeps its paragraphs and line breaks, so the model and serial lines are still found', () => {
      const text = textOfHtml('<html><head><style>p{color:red}</style></head><body><p>打印机不出纸</p><p>型号：PX-2000<br>序列号：SN-PX2000-0001</p></body></html>');
      expect(text).toBe('打印机不出纸\n\n型号：PX-2000\n序列号：SN-PX2000-0001');
      expect(reportedProduct(text)).toEqual({ productModel: 'PX-2000', serialNumber: 'SN-PX2000-0001' });
    });
  });

  describe('the writer’s own text', () => {
    it('ends where the quote, the "wrote:" line or the signature starts', () => {
      expect(ownText('Still broken.\r\n\r\nOn Mon, 23 Nov 2026 at 09:00, Support <s@x> wrote:\r\n> Please try again')).toBe('Still broken.');
      expect(ownText('还是不行。\n在 2026年11月23日 09:00, 客服 写道：\n> 请重试')).toBe('还是不行。');
      expect(ownText('Fixed, thanks\n-- \nWang Fang\n+86 10 5555 0101')).toBe('Fixed, thanks');
      expect(ownText('See below\n-----Original Message-----\nFrom: x')).toBe('See below');
      expect(ownText('No quote at all\nsecond line')).toBe('No quote at all\nsecond line');
    });

    it('of a reply that is only a quote is the whole text', () => {
      expect(noteOf('> just the quote').text).toBe('> just the quote');
    });
  });

  describe('symptoms of a new case (R-IN-2)', () => {
    it('are the subject, then the body', () => {
      expect(symptomsOf('Printer powers off', 'Right after start.\n-- \nsig').text).toBe('Printer powers off\n\nRight after start.');
      expect(symptomsOf('', '').text).toBe('(empty mail)');
    });

    it('are cut to what a case takes, saying so', () => {
      const long = symptomsOf('S', 'x'.repeat(20_000));
      expect(long.truncated).toBe(true);
      expect(long.text.length).toBe(MAX_TEXT);
      expect(long.text.endsWith('[… truncated]')).toBe(true);
    });
  });

  it('reads the product the customer names, in English or Chinese', () => {
    expect(reportedProduct('Hello\nModel: PX-2000\nSerial number: SN-PX2000-0001\n')).toEqual({ productModel: 'PX-2000', serialNumber: 'SN-PX2000-0001' });
    expect(reportedProduct('型号：PX-3000\n序列号： SN-9')).toEqual({ productModel: 'PX-3000', serialNumber: 'SN-9' });
    expect(reportedProduct('The model is broken')).toEqual({ productModel: null, serialNumber: null });
  });

  it('names the contact by the display name, else by the mailbox', () => {
    expect(contactName('wang.fang@example.com', ' 王芳 ')).toBe('王芳');
    expect(contactName('wang.fang@example.com', undefined)).toBe('wang.fang');
  });

  describe('attachments go to the case under the attachment rules (R-IN-2)', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]);
    it.each([
      ['a photo', { filename: 'fault.png', contentType: 'image/png', content: png }, { store: true, fileName: 'fault.png', contentType: 'image/png' }],
      ['a nameless log', { filename: null, contentType: 'text/plain', content: Buffer.from('boot failed') }, { store: true, fileName: 'attachment-2' }],
      ['a name with a path', { filename: '../../etc/passwd', contentType: 'text/plain', content: Buffer.from('x') }, { store: true, fileName: '.._.._etc_passwd' }],
      ['a type not on the list', { filename: 'a.exe', contentType: 'application/x-msdownload', content: Buffer.from('MZ') }, { store: false, reason: 'type application/x-msdownload is not accepted' }],
      ['a PNG that is not one', { filename: 'b.png', contentType: 'image/png', content: Buffer.from('MZ') }, { store: false, reason: 'the content is not image/png' }],
      ['a file over the limit', { filename: 'big.png', contentType: 'image/png', content: Buffer.concat([png, Buffer.alloc(100)]) }, { store: false, reason: 'larger than 50 bytes' }],
      ['an empty file', { filename: 'e.txt', contentType: 'text/plain', content: Buffer.alloc(0) }, { store: false, reason: 'empty' }],
    ])('%s', (_what, file, expected) => expect(attachmentDecision(file, 1, 50)).toMatchObject(expected));
  });
});
