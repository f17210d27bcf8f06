/**
 * The WeChat official account channel (R-IN-1, R-IN-6; issue #16 "WeChat"): signed callbacks as WeChat's servers
 * post them (plain and security mode), against intake with real PostgreSQL and NATS. A follower's message opens a
 * case or adds to theirs; an unknown follower is asked who they are and linked by a registered mobile number or a
 * case number; WeChat's retries of the same MsgId change nothing and get the same reply; a forged, stale or
 * malformed callback is refused and changes nothing.
 */
import { createHash, randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { Server, createServer } from 'node:http';
import { CaseOpenedV1 } from '@aftersales/contracts-intake';
import { EventCollector, HttpReply, ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { aesKeyOf, decryptMessage, encryptMessage } from '../src/wechat/domain/wechat-protocol';
import { intakeService } from '../src/intake.service-definition';
import { staffHttp } from './intake-fixtures';

const TOKEN = 'wxToken2026';
const APP_ID = 'wx5823bf96d3bd56c7';
const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const ACCOUNT = 'gh_3f4a5b6c7d8e';
/** A JPEG as far as the attachment rules look: its signature, then anything. */
const PICTURE = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(508, 3)]);

/** WeChat's signature, computed here the way its documentation states it. */
const sha1 = (...parts: string[]) => createHash('sha1').update([...parts].sort().join('')).digest('hex');
/** A message as WeChat writes it: strings in CDATA, CreateTime and MsgId as bare integers. */
const cdata = (fields: Record<string, string | number>) =>
  `<xml>${Object.entries(fields)
    .map(([k, v]) => (typeof v === 'number' || k === 'MsgId' ? `<${k}>${v}</${k}>` : `<${k}><![CDATA[${v}]]></${k}>`))
    .join('')}</xml>`;
/** The text of a passive reply's element. */
const field = (xml: string, name: string) => new RegExp(`<${name}>(?:<!\\[CDATA\\[)?([\\s\\S]*?)(?:\\]\\]>)?</${name}>`).exec(xml)?.[1];

describe('intake: the WeChat official account channel', () => {
  let t: ServiceUnderTest;
  let events: EventCollector;
  let pictures: Server;
  let pictureBase: string;
  let customerId: string;
  let msgId = 24601230123400000n;

  const signedQuery = (timestamp = Math.floor(Date.now() / 1000), nonce = String(Math.floor(Math.random() * 1e9))) =>
    ({ timestamp: String(timestamp), nonce, signature: sha1(TOKEN, String(timestamp), nonce) }) as Record<string, string>;
  const post = (xml: string, query: Record<string, string> = signedQuery()): Promise<HttpReply> =>
    t.http('POST', `/v1/channels/wechat?${new URLSearchParams(query)}`, { body: xml, headers: { 'content-type': 'text/xml' } });
  const message = (openId: string, fields: Record<string, string | number>) =>
    cdata({ ToUserName: ACCOUNT, FromUserName: openId, CreateTime: Math.floor(Date.now() / 1000), ...fields });
  const text = (openId: string, content: string, id = String(++msgId)) => message(openId, { MsgType: 'text', Content: content, MsgId: id });
  const counts = async () => {
    const [row] = await t.query(`
      SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM case_activity)::int AS activity,
             (SELECT count(*) FROM wechat_inbound)::int AS posts, (SELECT count(*) FROM wechat_followers)::int AS followers,
             (SELECT count(*) FROM messaging_outbox)::int AS events, (SELECT count(*) FROM case_attachments)::int AS attachments`);
    return row as Record<string, number>;
  };
  const caseByNumber = async (caseNumber: string) => {
    const page = await staffHttp(() => t)('GET', `/v1/cases?q=${caseNumber}`, 'agent');
    const found = (page.body.items as { id: string; caseNumber: string }[]).find((c) => c.caseNumber === caseNumber);
    if (!found) throw new Error(`case ${caseNumber} is not listed`);
    return (await staffHttp(() => t)('GET', `/v1/cases/${found.id}`, 'agent')).body;
  };
  const activity = async (caseId: string) => (await staffHttp(() => t)('GET', `/v1/cases/${caseId}/activity`, 'agent')).body.items as { kind: string; visibility: string; actor: string; detail: Record<string, unknown> }[];
  const caseNumberIn = (reply: string): string => {
    const found = /CS-\d{8}-\d{6}/.exec(reply)?.[0];
    if (!found) throw new Error(`no case number in "${reply}"`);
    return found;
  };

  beforeAll(async () => {
    pictures = createServer((req, res) => {
      if (req.url === '/photo.jpg') {
        res.writeHead(200, { 'content-type': 'image/jpeg' });
        res.end(PICTURE);
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => pictures.listen(0, '127.0.0.1', resolve));
    pictureBase = `http://127.0.0.1:${(pictures.address() as AddressInfo).port}`;
    t = await startServiceUnderTest({
      definition: intakeService,
      appModule: AppModule,
      env: { WECHAT_ENABLED: 'true', WECHAT_TOKEN: TOKEN, WECHAT_APP_ID: APP_ID, WECHAT_ENCODING_AES_KEY: AES_KEY, WECHAT_MEDIA_HOSTS: '127.0.0.1' },
    });
    events = await t.events();
    const registered = await staffHttp(() => t)('POST', '/v1/customers', 'agent', {
      kind: 'company',
      name: '上海印务有限公司',
      contacts: [{ name: '陈静', phone: '+86 138 0013 8000', preferredChannel: 'wechat' }],
    });
    expect(registered.status).toBe(201);
    customerId = registered.body.id;
  });

  afterAll(async () => {
    await t?.close();
    await new Promise((resolve) => pictures?.close(resolve));
  });

  it('answers WeChat’s server check with echostr exactly, and refuses a wrong or stale signature', async () => {
    const ok = await t.http('GET', `/v1/channels/wechat?${new URLSearchParams({ ...signedQuery(), echostr: '6253591912784421307' })}`);
    expect(ok).toMatchObject({ status: 200, body: '6253591912784421307' });

    const forged = await t.http('GET', `/v1/channels/wechat?${new URLSearchParams({ ...signedQuery(), signature: sha1('guessed', '1', '2'), echostr: 'x' })}`);
    expect(forged.status).toBe(403);
    expect(forged.headers['content-type']).toContain('application/problem+json');
    expect(forged.body.code).toBe('INTAKE.WECHAT_BAD_SIGNATURE');

    const stale = Math.floor(Date.now() / 1000) - 3600;
    const replayed = await t.http('GET', `/v1/channels/wechat?${new URLSearchParams({ ...signedQuery(stale, '42'), echostr: 'x' })}`);
    expect(replayed.status).toBe(403);
  });

  let openedCase: string;
  const follower = `oChenJing${randomUUID().slice(0, 8)}`;

  it('asks an unknown follower who they are, keeps what they wrote, and opens their case once they give a registered mobile number', async () => {
    const before = await counts();
    const first = await post(text(follower, '复印机一直卡纸，型号：PX-2000'));
    expect(first.status).toBe(200);
    // The passive reply: to the follower, from the account, a text asking for the phone or case number.
    expect(field(first.body, 'ToUserName')).toBe(follower);
    expect(field(first.body, 'FromUserName')).toBe(ACCOUNT);
    expect(field(first.body, 'MsgType')).toBe('text');
    expect(field(first.body, 'Content')).toContain('请回复您登记的手机号');
    expect(await counts()).toMatchObject({ cases: before.cases });

    const unknownNumber = await post(text(follower, '13900000000'));
    expect(field(unknownNumber.body, 'Content')).toContain('没有找到');

    const started = Date.now();
    const identified = await post(text(follower, '我的手机 138 0013 8000'));
    // WeChat waits 5 seconds for the reply, then retries and finally tells the follower the account failed.
    expect(Date.now() - started).toBeLessThan(5_000);
    const reply = field(identified.body, 'Content') ?? '';
    expect(reply).toContain('陈静');
    openedCase = caseNumberIn(reply);
    const c = await caseByNumber(openedCase);
    expect(c).toMatchObject({
      channel: 'wechat',
      customerId,
      contact: { name: '陈静', phone: '+86 138 0013 8000' },
      productModel: 'PX-2000',
      serialNumber: 'unknown',
      symptoms: '复印机一直卡纸，型号：PX-2000',
    });
    const opened = await events.waitFor((e) => e.type === CaseOpenedV1.subject && e.subject === c.id);
    expect(opened.data).toMatchObject({ channel: 'wechat', customerId });
    expect((await activity(c.id)).map((a) => a.kind)).toEqual(['case-opened', 'wechat-received']);
  });

  it('takes WeChat’s retries of one MsgId once, also three at once, each answered with the same reply', async () => {
    const id = String(++msgId);
    const xml = text(follower, '换了纸盒还是卡纸', id);
    const first = await post(xml);
    expect(field(first.body, 'Content')).toBe(`已将您的消息添加到服务单 ${openedCase}。`);
    const before = await counts();
    const retries = await Promise.all([post(xml), post(xml), post(xml)]);
    for (const retry of retries) expect(field(retry.body, 'Content')).toBe(`已将您的消息添加到服务单 ${openedCase}。`);
    expect(await counts()).toEqual(before);
    const c = await caseByNumber(openedCase);
    const notes = (await activity(c.id)).filter((a) => a.kind === 'customer-note');
    expect(notes).toEqual([expect.objectContaining({ visibility: 'public', actor: `user:wechat:${follower}`, detail: expect.objectContaining({ channel: 'wechat', text: '换了纸盒还是卡纸' }) })]);
  });

  it('adds a picture to the follower’s open case as an attachment, and a voice message by its recognised words', async () => {
    const picture = await post(message(follower, { MsgType: 'image', PicUrl: `${pictureBase}/photo.jpg`, MediaId: 'media-photo-1', MsgId: String(++msgId) }));
    expect(field(picture.body, 'Content')).toBe(`已将您的消息添加到服务单 ${openedCase}。`);
    const voice = await post(message(follower, { MsgType: 'voice', MediaId: 'media-voice-1', Format: 'amr', Recognition: '卡纸的位置在后盖', MsgId: String(++msgId) }));
    expect(field(voice.body, 'Content')).toBe(`已将您的消息添加到服务单 ${openedCase}。`);

    const c = await caseByNumber(openedCase);
    const files = await staffHttp(() => t)('GET', `/v1/cases/${c.id}/attachments`, 'agent');
    expect(files.body.items).toEqual([expect.objectContaining({ contentType: 'image/jpeg', sizeBytes: 512, visibility: 'public' })]);
    const notes = (await activity(c.id)).filter((a) => a.kind === 'customer-note').map((a) => a.detail);
    expect(notes.slice(-2)).toEqual([
      expect.objectContaining({ messageType: 'image', mediaId: 'media-photo-1' }),
      expect.objectContaining({ messageType: 'voice', mediaId: 'media-voice-1', format: 'amr', text: '卡纸的位置在后盖' }),
    ]);
  });

  it('links a follower who names their case number, and their next message goes to that case', async () => {
    const other = `oColleague${randomUUID().slice(0, 8)}`;
    const linked = await post(text(other, `单号 ${openedCase}`));
    expect(field(linked.body, 'Content')).toContain('已绑定您的客户资料');
    const next = await post(text(other, `${openedCase} 今天下午有人在`));
    expect(field(next.body, 'Content')).toBe(`已将您的消息添加到服务单 ${openedCase}。`);
  });

  it('answers a follower in the security mode (安全模式) with an encrypted reply, and refuses a wrong msg_signature', async () => {
    const key = aesKeyOf(AES_KEY);
    const inner = text(follower, '还有一个问题', String(++msgId));
    const encrypt = encryptMessage(inner, key, APP_ID);
    const query = signedQuery();
    const envelope = cdata({ ToUserName: ACCOUNT, Encrypt: encrypt });
    const reply = await post(envelope, { ...query, encrypt_type: 'aes', msg_signature: sha1(TOKEN, query.timestamp, query.nonce, encrypt) });
    expect(reply.status).toBe(200);
    const replyEncrypt = field(reply.body, 'Encrypt') ?? '';
    expect(field(reply.body, 'MsgSignature')).toBe(sha1(TOKEN, field(reply.body, 'TimeStamp') ?? '', field(reply.body, 'Nonce') ?? '', replyEncrypt));
    const passive = decryptMessage(replyEncrypt, key, APP_ID);
    expect(field(passive, 'ToUserName')).toBe(follower);
    expect(field(passive, 'Content')).toBe(`已将您的消息添加到服务单 ${openedCase}。`);

    const before = await counts();
    const forged = await post(cdata({ ToUserName: ACCOUNT, Encrypt: encryptMessage(text(follower, 'x'), key, APP_ID) }), { ...query, encrypt_type: 'aes', msg_signature: sha1('x') });
    expect(forged.status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('answers success to events with nothing to say, and asks a new follower who they are', async () => {
    const newcomer = `oNew${randomUUID().slice(0, 8)}`;
    const subscribed = await post(message(newcomer, { MsgType: 'event', Event: 'subscribe' }));
    expect(field(subscribed.body, 'Content')).toContain('请回复您登记的手机号');
    const left = await post(message(follower, { MsgType: 'event', Event: 'unsubscribe' }));
    expect(left).toMatchObject({ status: 200, body: 'success' });
  });

  it.each([
    ['a body that is not XML', '{"MsgType":"text"}'],
    ['XML without the fields of a message', '<xml><Foo>1</Foo></xml>'],
    ['a MsgId that is not a number', cdata({ ToUserName: ACCOUNT, FromUserName: 'oX', CreateTime: 1764579600, MsgType: 'text', Content: 'hi', MsgId: 'abc' })],
    ['an empty body', ''],
  ])('refuses %s with 400 problem+json, changing nothing', async (_what, body) => {
    const before = await counts();
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(await counts()).toEqual(before);
  });

  it('refuses an unsigned post with 403 before reading it, changing nothing', async () => {
    const before = await counts();
    const res = await t.http('POST', '/v1/channels/wechat', { body: text('oAttacker', '打印机坏了'), headers: { 'content-type': 'text/xml' } });
    expect(res.status).toBe(403);
    expect(await counts()).toEqual(before);
  });
});
