/**
 * The repository explains itself: no file points at documents that live outside it (a shared folder beside a
 * team's checkout and the design notes kept there). The rules are in docs/domain.md, the architecture and
 * house style in docs/architecture.md.
 */
import { repositoryTextFiles } from './repository-files';

// Built from parts so that this file does not match itself.
const OUTSIDE = new RegExp(['\\.\\./' + 'shared\\b', '\\b' + 'DOMAIN' + '\\.md\\b', '\\b' + 'ARCHITECTURE' + '\\.md\\b', '\\b' + 'STYLE' + '\\.md\\b'].join('|'), 'g');

describe('the repository refers only to its own documents', () => {
  it('has no reference to a file outside the repository', () => {
    const found = repositoryTextFiles().flatMap(({ file, text }) =>
      text.split('\n').flatMap((line, i) => [...line.matchAll(OUTSIDE)].map((m) => `${file}:${i + 1}: ${m[0]}`)),
    );
    expect(found).toEqual([]);
  });

  it('recognises the references it refuses', () => {
    const sample = ['see ' + '../' + 'shared/notes.md', 'rules in ' + 'DOMAIN' + '.md', 'docs/domain.md is ours'].join('\n');
    expect(sample.match(OUTSIDE)).toHaveLength(2);
  });
});
