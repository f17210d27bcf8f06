import { resolveOptions } from './messaging.options';

describe('messaging options', () => {
  it('republishes for 10 minutes into a 15-minute duplicate window by default', () => {
    const o = resolveOptions({ service: 'intake', natsUrl: 'nats://127.0.0.1:4222' });
    expect({ republish: o.relay.republishWindowMs, duplicates: o.duplicateWindowMs }).toEqual({ republish: 600_000, duplicates: 900_000 });
  });

  it('refuses a republish window longer than the duplicate window: the server would store the copies', () => {
    expect(() => resolveOptions({ service: 'intake', natsUrl: 'nats://x:4222', duplicateWindowMs: 300_000, relay: { republishWindowMs: 600_000 } })).toThrow(
      /republishWindowMs \(600000\) must not exceed duplicateWindowMs \(300000\)/,
    );
  });
});
