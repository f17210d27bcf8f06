import { contentMismatch } from './attachment-policy';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('contentMismatch (R-IN-2 attachments)', () => {
  it.each([
    ['image/png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest')],
    ['image/jpeg', bytes([0xff, 0xd8, 0xff, 0xe0])],
    ['image/gif', bytes('GIF89a...')],
    ['image/webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['application/pdf', bytes('%PDF-1.7\n')],
    ['application/zip', bytes([0x50, 0x4b, 0x03, 0x04])],
    ['text/plain', bytes('屏幕不亮, error E42\n')],
    ['text/csv', bytes('serial,fault\nSN-1,屏幕不亮\n')],
  ] as const)('given %s bytes that match, then it accepts them', (type, content) => {
    expect(contentMismatch(type, content)).toBeNull();
  });

  it.each([
    ['application/pdf', bytes('MZ\x90\x00 an executable')],
    ['image/png', bytes([0xff, 0xd8, 0xff, 0xe0])],
    ['image/webp', bytes('RIFF', [0, 0, 0, 0], 'WAVE')],
    ['text/plain', bytes([0x41, 0x00, 0x42])],
    ['text/csv', bytes([0xc3, 0x28])],
  ] as const)('given %s bytes that do not match, then it says so', (type, content) => {
    expect(contentMismatch(type, content)).toMatch(new RegExp(`not ${type}`));
  });
});
