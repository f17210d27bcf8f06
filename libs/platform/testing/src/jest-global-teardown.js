// Stops the containers jest-global-setup started (none when the local servers were used).
const { stopInfra } = require('./testcontainers');

module.exports = async function globalTeardown() {
  await stopInfra();
};
