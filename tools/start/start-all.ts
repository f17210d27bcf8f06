/**
 * `npm start`: every service as its own process against PostgreSQL and NATS on localhost. Each service
 * creates its database if missing and runs its migrations at start (development settings from .env.example);
 * its stream and consumers are created by the service itself. Ctrl-C stops them all gracefully.
 */
import { SERVICE_NAMES, ServiceName } from '@aftersales/contracts-core';
import { ServiceProcess, startServiceProcess, waitUntilReady } from '@aftersales/platform-testing';
import { localEnv, serviceEnv } from './local-env';
import { preflight } from './preflight';

async function main(): Promise<void> {
  const env = localEnv();
  const problems = await preflight(env);
  if (problems.length > 0) {
    console.error(`Cannot start the platform:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    process.exit(1);
  }
  const only = process.argv.slice(2).filter((a): a is ServiceName => (SERVICE_NAMES as readonly string[]).includes(a));
  const services = only.length > 0 ? only : [...SERVICE_NAMES];
  const width = Math.max(...services.map((s) => s.length));
  const processes: ServiceProcess[] = services.map((service) =>
    startServiceProcess(service, serviceEnv(service, env), {
      onLine: (s, line) => process.stdout.write(`${s.padEnd(width)} | ${line}\n`),
    }),
  );

  let stopping = false;
  const stopAll = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping ${services.join(', ')}`);
    const ends = await Promise.all(processes.map((p) => p.stop()));
    process.exit(ends.every((e) => e.graceful) ? 0 : 1);
  };
  process.on('SIGINT', () => void stopAll('SIGINT'));
  process.on('SIGTERM', () => void stopAll('SIGTERM'));

  for (const proc of processes) {
    proc.child.once('exit', (code) => {
      if (!stopping) {
        console.error(`${proc.service} exited with code ${code}; stopping the others`);
        void stopAll('exit');
      }
    });
  }
  await Promise.all(processes.map((p) => waitUntilReady(p)));
  console.log(
    `\nAll services ready:\n${processes.map((p) => `  ${p.service.padEnd(width)}  ${p.baseUrl}  (docs: ${p.baseUrl}/docs)`).join('\n')}\n` +
      `Seed the walking-skeleton data with: npm run seed   A token: npm run token -- --role agent\n`,
  );
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
