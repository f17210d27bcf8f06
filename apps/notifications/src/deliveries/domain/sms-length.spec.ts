import { smsLength, smsSegments } from './sms-length';

describe('SMS length (domestic rule)', () => {
  it('counts every character once, the signature with its brackets included', () => {
    expect(smsLength('售后服务', '服务单CS-1已超时')).toBe(6 + 10);
    expect(smsLength('A', 'ab c')).toBe(3 + 4);
  });

  it.each([
    [1, 1],
    [70, 1],
    [71, 2],
    [134, 2],
    [135, 3],
    [160, 3],
    [500, 8],
  ])('%i characters are %i segments', (length, segments) => {
    expect(smsSegments(length)).toBe(segments);
  });
});
