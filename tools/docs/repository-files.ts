import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

export const repositoryRoot = path.resolve(__dirname, '../..');

const TEXT = /\.(ts|js|mjs|cjs|json|md|ya?ml|sql|sh|example|npmrc)$|(^|\/)(Dockerfile|CODEOWNERS|run|\.gitignore|\.dockerignore)$/;

/** Every text file of the repository, committed or not, as git sees it (ignored files such as node_modules left out). */
export function repositoryTextFiles(): { file: string; text: string }[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repositoryRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\0')
    .filter(Boolean);
  return [...new Set(listed)]
    .filter((file) => TEXT.test(file))
    .map((file) => path.join(repositoryRoot, file))
    .filter((absolute) => existsSync(absolute) && statSync(absolute).isFile())
    .map((absolute) => ({ file: path.relative(repositoryRoot, absolute), text: readFileSync(absolute, 'utf8') }));
}
