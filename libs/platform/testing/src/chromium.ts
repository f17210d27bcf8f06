import { existsSync } from 'node:fs';

/** Debian's chromium (apt-get install chromium; .ci/run installs it), or the one CHROMIUM_PATH names: the console's browser tests and budget drive it. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((c): c is string => Boolean(c));
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`No chromium found (${candidates.join(', ')}): apt-get install -y chromium, or set CHROMIUM_PATH`);
  return found;
}

/** How the tests launch it: headless, without the sandbox (CI runs as root), the GPU, or any network of its own. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
