import fc from 'fast-check';
import { findForbiddenCharacter, findInJson, forbiddenCharacterProblem, hasForbiddenCharacter } from './forbidden-characters';

describe('characters no store can keep (issue #8)', () => {
  it.each([
    ['a NUL', 'a\u0000b', true],
    ['a lone high surrogate', 'a\ud800b', true],
    ['a lone high surrogate at the end', 'ab\udbff', true],
    ['a lone low surrogate', '\udc00ab', true],
    ['a reversed pair', '\udc00\ud800', true],
    ['a well-formed pair (an emoji)', 'bolt 🔩', false],
    ['Chinese text', '屏幕不亮', false],
    ['other control characters, which JSON and PostgreSQL accept', 'tab\there\u0001', false],
  ])('%s: %s', (_what, text, forbidden) => {
    expect(hasForbiddenCharacter(text)).toBe(forbidden);
  });

  it('never flags a string that is well-formed UTF-16 without NUL', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => !hasForbiddenCharacter(s.split('\u0000').join(''))), { seed: 8 });
  });

  it('names the JSON pointer of the first bad string, escaping ~ and /', () => {
    expect(findInJson({ a: [{ 'b/c~d': 'x\u0000' }] })).toEqual({ at: '/a/0/b~1c~0d', key: false });
    expect(findInJson({ ok: 'fine', list: ['a', 'b', '\ud800'] })).toEqual({ at: '/list/2', key: false });
    expect(findInJson('\u0000')).toEqual({ at: '', key: false });
    expect(findInJson({ a: 1, b: null, c: true, d: ['x'] })).toBeUndefined();
  });

  it('names the object whose key is bad, without the bad key itself', () => {
    expect(findInJson({ inner: { 'k\u0000': 1 } })).toEqual({ at: '/inner', key: true });
  });

  it('looks at path parameters, then the query, then the body', () => {
    expect(findForbiddenCharacter({ params: { id: 'x\u0000' }, query: { q: '\u0000' } })).toEqual({ in: 'path', at: 'id', key: false });
    expect(findForbiddenCharacter({ params: {}, query: { status: ['open', 'x\ud800'] } })).toEqual({ in: 'query', at: 'status', key: false });
    expect(findForbiddenCharacter({ query: { 'q\u0000': 'x' } })).toEqual({ in: 'query', at: 'q\\u0000', key: true });
    expect(findForbiddenCharacter({ params: { id: '1' }, query: {}, body: { notes: [{ text: 'hi' }] } })).toBeUndefined();
  });

  it('makes a 400 problem with a stable type that says where', () => {
    expect(forbiddenCharacterProblem({ in: 'body', at: '/notes/0/text', key: false })).toEqual({
      type: 'urn:aftersales:problem:forbidden-character',
      title: 'The request contains a character that is not allowed',
      status: 400,
      detail: 'A NUL character (U+0000) or an unpaired UTF-16 surrogate is not allowed: found in the string at /notes/0/text of the body',
      errors: [{ path: '/notes/0/text', message: 'NUL or unpaired surrogate' }],
    });
    expect(forbiddenCharacterProblem({ in: 'query', at: 'q', key: false }).detail).toMatch(/found in query parameter "q"$/);
  });
});
