import { rateLimitedUntil } from './rate-limit';

describe('per-person SMS rate limit', () => {
  const H = 3_600_000;
  const now = new Date('2026-11-25T10:00:00Z');
  const at = (iso: string) => new Date(iso);

  it('lets one go while the window holds fewer than the limit', () => {
    expect(rateLimitedUntil([], 2, H, now)).toBeNull();
    expect(rateLimitedUntil([at('2026-11-25T09:30:00Z')], 2, H, now)).toBeNull();
    // Sends older than the window do not count.
    expect(rateLimitedUntil([at('2026-11-25T08:59:00Z'), at('2026-11-25T09:00:00Z'), at('2026-11-25T09:30:00Z')], 2, H, now)).toBeNull();
  });

  it('waits until the oldest send of a full window leaves it', () => {
    expect(rateLimitedUntil([at('2026-11-25T09:40:00Z'), at('2026-11-25T09:20:00Z')], 2, H, now)?.toISOString()).toBe('2026-11-25T10:20:00.000Z');
    expect(rateLimitedUntil([at('2026-11-25T09:10:00Z'), at('2026-11-25T09:20:00Z'), at('2026-11-25T09:40:00Z')], 2, H, now)?.toISOString()).toBe('2026-11-25T10:20:00.000Z');
  });

  it('is off at a limit of 0', () => {
    expect(rateLimitedUntil([at('2026-11-25T09:40:00Z')], 0, H, now)).toBeNull();
  });
});
