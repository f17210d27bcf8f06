import { truncateUtf8 } from './format';

describe('work-chat text length (WeCom: 2048 bytes of UTF-8)', () => {
  it('keeps a text that fits', () => {
    expect(truncateUtf8('服务单超时', 15)).toBe('服务单超时');
  });
  it('cuts at a character boundary and marks the cut, within the byte limit', () => {
    // Each Chinese character is 3 bytes, and so is the ellipsis.
    expect(truncateUtf8('服务单超时', 12)).toBe('服务单…');
    expect(Buffer.byteLength(truncateUtf8('a'.repeat(3000), 2048), 'utf8')).toBe(2048);
  });
});
