import {
  aesKeyOf,
  decryptMessage,
  encryptMessage,
  identificationIn,
  inboundKey,
  mobileDigits,
  productInChat,
  signatureMatches,
  timestampFresh,
  wechatSignature,
} from './wechat-protocol';

describe('the WeChat official account protocol (R-IN-1)', () => {
  it('signs a callback as WeChat documents it: sha1 of token, timestamp and nonce sorted and joined', () => {
    // The example of WeChat's server-configuration documentation.
    expect(wechatSignature('AAAAA', '1714037059', '486452656')).toBe('899cf89e464efb63f54ddac96b0a0a235f53aa78');
  });

  it('accepts only that signature, in any case of hex, and nothing that is not one', () => {
    const expected = '899cf89e464efb63f54ddac96b0a0a235f53aa78';
    expect(signatureMatches(expected, expected)).toBe(true);
    expect(signatureMatches(expected, expected.toUpperCase())).toBe(true);
    expect(signatureMatches(expected, '899cf89e464efb63f54ddac96b0a0a235f53aa79')).toBe(false);
    expect(signatureMatches(expected, 'not-hex')).toBe(false);
    expect(signatureMatches(expected, undefined)).toBe(false);
  });

  it('takes a timestamp within five minutes of our clock and refuses an old one (a replayed callback)', () => {
    const now = Date.UTC(2026, 11, 1, 9, 0, 0);
    const seconds = now / 1000;
    expect(timestampFresh(String(seconds - 15), now)).toBe(true);
    expect(timestampFresh(String(seconds - 301), now)).toBe(false);
    expect(timestampFresh('12ab', now)).toBe(false);
  });

  it('encrypts and decrypts the security mode as WeChat’s sample code does (its published vector)', () => {
    const key = aesKeyOf('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG');
    const encrypted = encryptMessage('我是中文abcd123', key, 'wxb11529c136998cb6', Buffer.from('aaaabbbbccccdddd'));
    expect(encrypted).toBe('jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==');
    expect(decryptMessage(encrypted, key, 'wxb11529c136998cb6')).toBe('我是中文abcd123');
    expect(() => decryptMessage(encrypted, key, 'wx-another-app')).toThrow('another app');
  });

  it('recognises a retry by MsgId, and an event (which has none) by sender and time', () => {
    const base = { toUserName: 'gh_1', fromUserName: 'oOpenId', createTime: '1764579600', msgType: 'text' };
    expect(inboundKey({ ...base, msgId: '24601230123456789' })).toBe('msg:24601230123456789');
    expect(inboundKey({ ...base, msgType: 'event', event: 'subscribe' })).toBe('event:oOpenId:1764579600:subscribe');
  });

  it.each([
    ['我的单号是 CS-20261123-000042', { by: 'case-number', caseNumber: 'CS-20261123-000042' }],
    ['cs-20261123-000042', { by: 'case-number', caseNumber: 'CS-20261123-000042' }],
    ['手机 138 0013 8000', { by: 'phone', digits: '13800138000' }],
    ['+86-138-0013-8000', { by: 'phone', digits: '13800138000' }],
    ['打印机坏了', null],
    ['电话 010 5555 0101', null],
  ])('finds how a follower identifies themselves in "%s"', (text, expected) => expect(identificationIn(text)).toEqual(expected));

  it.each([
    ['+86 138 0013 8000', '13800138000'],
    ['13800138000', '13800138000'],
    ['+86 10 5555 0101', null],
    [null, null],
  ])('reads the mobile number of a stored phone %s', (phone, expected) => expect(mobileDigits(phone)).toBe(expected));

  it.each([
    ['复印机一直卡纸，型号：PX-2000', { productModel: 'PX-2000', serialNumber: null }],
    ['型号PX-3000 序列号 SN-PX3000-0042 开不了机', { productModel: 'PX-3000', serialNumber: 'SN-PX3000-0042' }],
    ['Model: PX-2000, serial number: SN-1', { productModel: 'PX-2000', serialNumber: 'SN-1' }],
    ['打印机坏了', { productModel: null, serialNumber: null }],
  ])('reads the product a follower names inline in "%s"', (text, expected) => expect(productInChat(text)).toEqual(expected));
});
