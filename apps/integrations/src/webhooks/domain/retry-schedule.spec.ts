import { MAX_ATTEMPTS, classifyResponse, nextRetryDelayMs } from './retry-schedule';

describe('R-IG-5: retries of a failed webhook delivery', () => {
  it('follow the Standard Webhooks schedule, for more than 24 hours in all, then stop', () => {
    const delays = Array.from({ length: MAX_ATTEMPTS }, (_, i) => nextRetryDelayMs(i + 1));
    expect(delays).toEqual([5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 50_400_000, 72_000_000, 86_400_000, undefined]);
    const total = delays.reduce<number>((sum, d) => sum + (d ?? 0), 0);
    expect(total).toBe(((75 * 60 + 35) * 60 + 5) * 1000);
  });

  it('honour a Retry-After longer than the schedule, never a shorter one', () => {
    expect(nextRetryDelayMs(1, 60_000)).toBe(60_000);
    expect(nextRetryDelayMs(2, 1_000)).toBe(300_000);
  });

  it.each([
    [200, 'delivered'],
    [204, 'delivered'],
    [299, 'delivered'],
    [301, 'failed'],
    [400, 'failed'],
    [410, 'gone'],
    [429, 'failed'],
    [503, 'failed'],
    [undefined, 'failed'],
  ])('an answer %s counts as %s', (status, outcome) => {
    expect(classifyResponse(status)).toBe(outcome);
  });
});
