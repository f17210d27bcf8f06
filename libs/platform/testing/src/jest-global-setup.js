// Before the int and e2e tiers: make sure PostgreSQL and NATS are reachable, and say clearly which are not.
// When DATABASE_SERVER_URL / NATS_URL are unset and a Docker engine answers, testcontainers starts both
// (see testcontainers.js); otherwise the local servers on their default ports are used.
const { ensureInfra } = require('./testcontainers');

module.exports = async function globalSetup() {
  await ensureInfra();
};
