// Before each int test file: Nest's default logger (used by libraries outside a service app, e.g. the
// stream provisioning and the timer worker in library tests) logs at TEST_LOG_LEVEL, silent unless set.
// Services under test get the same level as LOG_LEVEL (startServiceUnderTest). README, "Testing".
const { Logger } = require('@nestjs/common');
const { nestLogLevels, testLogLevel } = require('./test-log-level');

Logger.overrideLogger(nestLogLevels(testLogLevel()));
