import type { LogLevel } from '@nestjs/common';

const LEVELS = ['silent', 'fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
export type TestLogLevel = (typeof LEVELS)[number];

/**
 * How much the services and libraries under test log: TEST_LOG_LEVEL (a pino level), `silent` when unset, so a
 * passing run prints only Jest's report and the errors a test provokes on purpose stay out of it.
 * `TEST_LOG_LEVEL=debug npx jest ...` shows everything while debugging one file.
 */
export function testLogLevel(env: Record<string, string | undefined> = process.env): TestLogLevel {
  const level = (env.TEST_LOG_LEVEL ?? 'silent') as TestLogLevel;
  if (!LEVELS.includes(level)) throw new Error(`TEST_LOG_LEVEL must be one of ${LEVELS.join(', ')}, not '${level}'`);
  return level;
}

/** The same level for Nest's own Logger, which libraries use before (or without) a service's pino logger. */
export function nestLogLevels(level: TestLogLevel): LogLevel[] | false {
  const order: [TestLogLevel, LogLevel][] = [
    ['fatal', 'fatal'],
    ['error', 'error'],
    ['warn', 'warn'],
    ['info', 'log'],
    ['debug', 'debug'],
    ['trace', 'verbose'],
  ];
  const upTo = LEVELS.indexOf(level);
  const levels = order.filter(([pino]) => LEVELS.indexOf(pino) <= upTo).map(([, nest]) => nest);
  return levels.length ? levels : false;
}
