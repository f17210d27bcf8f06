import { nestLogLevels, testLogLevel } from './test-log-level';

describe('TEST_LOG_LEVEL', () => {
  it('is silent when unset, and names a pino level otherwise', () => {
    expect(testLogLevel({})).toBe('silent');
    expect(testLogLevel({ TEST_LOG_LEVEL: 'debug' })).toBe('debug');
    expect(() => testLogLevel({ TEST_LOG_LEVEL: 'loud' })).toThrow(/TEST_LOG_LEVEL must be one of silent, fatal, error, warn, info, debug, trace, not 'loud'/);
  });

  it("gives Nest's logger the same level and everything above it", () => {
    expect(nestLogLevels('silent')).toBe(false);
    expect(nestLogLevels('error')).toEqual(['fatal', 'error']);
    expect(nestLogLevels('info')).toEqual(['fatal', 'error', 'warn', 'log']);
    expect(nestLogLevels('trace')).toEqual(['fatal', 'error', 'warn', 'log', 'debug', 'verbose']);
  });
});
