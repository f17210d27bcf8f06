import { afterAttempt } from './endpoint-health';

const at = (iso: string) => new Date(iso);

describe('R-IG-6: an endpoint failing for 5 days is disabled', () => {
  it('given a healthy endpoint, a failure starts the failing streak', () => {
    expect(afterAttempt({ status: 'enabled', failingSince: null }, 'failed', at('2026-12-01T09:00:00Z'))).toEqual({ status: 'enabled', failingSince: at('2026-12-01T09:00:00Z') });
  });

  it('given failures since 4 days 23:59, one more failure keeps it enabled; at 5 days it is disabled', () => {
    const failing = { status: 'enabled' as const, failingSince: at('2026-12-01T09:00:00Z') };
    expect(afterAttempt(failing, 'failed', at('2026-12-06T08:59:00Z')).status).toBe('enabled');
    expect(afterAttempt(failing, 'failed', at('2026-12-06T09:00:00Z'))).toEqual({ status: 'disabled', failingSince: at('2026-12-01T09:00:00Z'), disabled: 'failing' });
  });

  it('a delivery clears the streak; 410 Gone disables at once', () => {
    expect(afterAttempt({ status: 'enabled', failingSince: at('2026-12-01T09:00:00Z') }, 'delivered', at('2026-12-03T09:00:00Z'))).toEqual({ status: 'enabled', failingSince: null });
    expect(afterAttempt({ status: 'enabled', failingSince: null }, 'gone', at('2026-12-03T09:00:00Z'))).toMatchObject({ status: 'disabled', disabled: 'gone' });
  });
});
