import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const repositoryRoot = path.resolve(__dirname, '../..');
const eslintBin = path.join(repositoryRoot, 'node_modules/eslint/bin/eslint.js');

export interface Finding {
  ruleId: string | null;
  message: string;
  severity: number;
}

/**
 * Lints `code` as if it were the file at `filePath` (a path inside the repository, which need not exist), the way
 * the CLI does with the repository's eslint.config.mjs. Returns the errors, with what ESLint wrote to stderr.
 */
export function lintAs(filePath: string, code: string): { errors: Finding[]; stderr: string } {
  const run = spawnSync(process.execPath, [eslintBin, '--format', 'json', '--stdin', '--stdin-filename', filePath], {
    cwd: repositoryRoot,
    input: code,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(run.stdout) as { messages: Finding[] }[];
  return { errors: result.messages.filter((m) => m.severity === 2), stderr: run.stderr };
}
