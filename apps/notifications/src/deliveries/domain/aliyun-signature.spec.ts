import { aliyunPercentEncode, aliyunRpcSignature, aliyunStringToSign, aliyunTimestamp } from './aliyun-signature';

describe('Aliyun RPC signature v1 (HMAC-SHA1)', () => {
  // The worked example of Aliyun's signature page: DescribeRegions with AccessKeyId testid, secret testsecret.
  const example = {
    TimeStamp: '2016-02-23T12:46:24Z',
    Format: 'XML',
    AccessKeyId: 'testid',
    Action: 'DescribeRegions',
    SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
    Version: '2014-05-26',
    SignatureVersion: '1.0',
  };

  it('builds the string to sign of the documented example (the & between parameters encoded as %26 with the rest)', () => {
    expect(aliyunStringToSign('GET', example)).toBe(
      'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26TimeStamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
    );
  });

  it('signs it as documented, with the secret and a trailing &', () => {
    expect(aliyunRpcSignature('GET', example, 'testsecret')).toBe('CT9X0VtwR86fNWSnsc6v8YGOjuE=');
    expect(aliyunRpcSignature('GET', { ...example, Signature: 'ignored' }, 'testsecret')).toBe('CT9X0VtwR86fNWSnsc6v8YGOjuE=');
  });

  it('encodes space as %20, * as %2A, keeps ~, and encodes UTF-8 (a Chinese SignName)', () => {
    expect(aliyunPercentEncode('a b*c~d')).toBe('a%20b%2Ac~d');
    expect(aliyunPercentEncode('售后')).toBe('%E5%94%AE%E5%90%8E');
    expect(aliyunPercentEncode("!'()")).toBe('%21%27%28%29');
  });

  it('writes Timestamp in UTC to the second', () => {
    expect(aliyunTimestamp(new Date('2026-11-23T03:00:01.250Z'))).toBe('2026-11-23T03:00:01Z');
  });
});
