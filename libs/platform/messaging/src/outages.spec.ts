import { isConnectionLost, isDatabaseConnectionLost, isNatsConnectionLost } from './outages';

const error = (message: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(message), extra);

describe('a lost connection, told apart from a failing statement or handler', () => {
  it('recognises what pg, pg-pool and TypeORM throw when PostgreSQL goes away', () => {
    const lost = [
      error('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED', port: 5432 }),
      error('read ECONNRESET', { code: 'ECONNRESET' }),
      error('Query failed', { name: 'QueryFailedError', driverError: error('Connection terminated unexpectedly') }),
      error('timeout exceeded when trying to connect'),
      error('terminating connection due to administrator command', { code: '57P01' }),
      error('the database system is starting up', { code: '57P03' }),
      error('connection failure', { code: '08006' }),
      error('sorry, too many clients already', { code: '53300' }),
      new AggregateError([error('connect ECONNREFUSED ::1:5432', { code: 'ECONNREFUSED' })], 'all addresses failed'),
    ];
    for (const e of lost) expect({ message: e.message, lost: isDatabaseConnectionLost(e, { host: '127.0.0.1', port: 5432 }) }).toEqual({ message: e.message, lost: true });
  });

  it('does not take a failing statement, a handler error, or another server refusing, for a database outage', () => {
    const notLost = [
      error('duplicate key value violates unique constraint', { code: '23505' }),
      error('syntax error at or near', { code: '42601' }),
      error('database hiccup (simulated)'),
      error('connect ECONNREFUSED 10.0.0.9:2525', { code: 'ECONNREFUSED', port: 2525 }),
      error('getaddrinfo ENOTFOUND smtp.example.com', { code: 'ENOTFOUND', hostname: 'smtp.example.com' }),
    ];
    for (const e of notLost) expect({ message: e.message, lost: isDatabaseConnectionLost(e, { host: 'db.internal', port: 5432 }) }).toEqual({ message: e.message, lost: false });
  });

  it('recognises the NATS client losing its connection, not a request timing out at the other side', () => {
    expect(isNatsConnectionLost(error('closed', { name: 'ClosedConnectionError' }))).toBe(true);
    expect(isNatsConnectionLost(error('draining', { name: 'DrainingConnectionError' }))).toBe(true);
    expect(isNatsConnectionLost(error('timeout', { name: 'TimeoutError' }))).toBe(false);
    expect(isConnectionLost(error('no responders', { name: 'NoResponders' }))).toBe(false);
  });
});
