import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo, Server, Socket, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { waitFor } from './wait-for';

/**
 * A TCP proxy the test controls, between a service and a server it must not stop (the shared PostgreSQL):
 * `cut()` drops every connection and refuses new ones, as a database host that went away; `restore()` listens
 * again on the same port.
 */
export interface TcpProxy {
  port: number;
  /** The target URL with host and port replaced by the proxy's. */
  url(targetUrl: string): string;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const listen = async () => {
    const s = createServer((client) => {
      const upstream = new Socket();
      sockets.add(client).add(upstream);
      const drop = () => {
        client.destroy();
        upstream.destroy();
        sockets.delete(client);
        sockets.delete(upstream);
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
      upstream.connect(target.port, target.host, () => {
        client.pipe(upstream);
        upstream.pipe(client);
      });
    });
    await new Promise<void>((resolve, reject) => s.once('error', reject).listen(port, '127.0.0.1', () => resolve()));
    port = (s.address() as AddressInfo).port;
    server = s;
  };
  const cut = async () => {
    const s = server;
    server = undefined;
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  await listen();
  return {
    get port() {
      return port;
    },
    url(targetUrl: string) {
      const u = new URL(targetUrl);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString();
    },
    cut,
    restore: async () => {
      if (!server) await listen();
    },
    close: cut,
  };
}

/**
 * A nats-server of the test's own (JetStream on, its own store directory, a free port), for outage and crash
 * tests: the shared server is never stopped. `stop()` kills it (SIGKILL: a crash, no flush), `start()` brings it
 * back on the same port and store.
 */
export interface OwnNatsServer {
  url: string;
  port: number;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops it and removes its store. */
  dispose(): Promise<void>;
}

export async function startOwnNatsServer(binary = process.env.NATS_SERVER_BIN ?? 'nats-server'): Promise<OwnNatsServer> {
  const port = await freePort();
  const storeDir = mkdtempSync(path.join(tmpdir(), 'nats-own-'));
  let child: ChildProcess | undefined;
  let output = '';
  const start = async () => {
    if (child) return;
    output = '';
    const c = spawn(binary, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    c.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    c.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child = c;
    try {
      await waitFor(() => output.includes('Server is ready') || (c.exitCode !== null && Promise.reject(new Error(output))), {
        what: `nats-server on port ${port}`,
        timeoutMs: 15_000,
      });
    } catch (error) {
      child = undefined;
      c.kill('SIGKILL');
      throw error;
    }
  };
  const stop = async () => {
    const c = child;
    child = undefined;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      c.once('exit', () => resolve());
      c.kill('SIGKILL');
    });
  };
  await start();
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    start,
    stop,
    dispose: async () => {
      await stop();
      rmSync(storeDir, { recursive: true, force: true });
    },
  };
}

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}
