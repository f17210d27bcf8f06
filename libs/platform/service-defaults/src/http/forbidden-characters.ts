import { ProblemDetails, genericProblem, problemType } from './problem-details';

/**
 * U+0000 and unpaired UTF-16 surrogates are valid in a JSON string (`"\u0000"`, `"\ud800"`) and in a
 * percent-decoded URL, but PostgreSQL refuses both (text cannot hold NUL, jsonb cannot hold a lone surrogate) and
 * UTF-8 cannot carry a lone surrogate at all. No field of ours has a use for them, so the edge refuses them once,
 * for every route, before any handler runs (issue #8).
 */
// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const FORBIDDEN = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const FORBIDDEN_CHARACTER_TYPE = problemType('forbidden-character');

/** Where a forbidden character was found, e.g. `body /notes/0/text` or `query parameter "q"`. */
export interface ForbiddenCharacterLocation {
  in: 'body' | 'query' | 'path';
  /** JSON pointer (RFC 6901) in the body; the parameter's name in the query or the path. */
  at: string;
  /** The character was in an object key (or parameter name), not in a value. */
  key: boolean;
}

export function hasForbiddenCharacter(text: string): boolean {
  return FORBIDDEN.test(text);
}

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
/** A name fit to print: the forbidden characters themselves are shown as escapes, and long names are cut. */
const printable = (name: string) => {
  // eslint-disable-next-line no-control-regex -- control characters are what must not be printed raw
  const shown = name.replace(/[\u0000-\u001f\uD800-\uDFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return shown.length > 64 ? `${shown.slice(0, 64)}...` : shown;
};

/** The JSON pointer of the first forbidden character in a parsed JSON value, in a key or a string value. */
export function findInJson(value: unknown, pointer = ''): { at: string; key: boolean } | undefined {
  if (typeof value === 'string') return hasForbiddenCharacter(value) ? { at: pointer, key: false } : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findInJson(value[i], `${pointer}/${i}`);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (hasForbiddenCharacter(key)) return { at: pointer, key: true };
      const found = findInJson(inner, `${pointer}/${escapePointer(printable(key))}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** Query strings and path parameters: flat name/value maps whose values may be repeated (arrays). */
function findInParameters(parameters: unknown): { at: string; key: boolean } | undefined {
  if (parameters === null || typeof parameters !== 'object') return undefined;
  for (const [name, value] of Object.entries(parameters)) {
    if (hasForbiddenCharacter(name)) return { at: printable(name), key: true };
    if (findInJson(value)) return { at: printable(name), key: false };
  }
  return undefined;
}

/** The first forbidden character of a request, looking at its path parameters, its query and then its body. */
export function findForbiddenCharacter(request: { params?: unknown; query?: unknown; body?: unknown }): ForbiddenCharacterLocation | undefined {
  const inPath = findInParameters(request.params);
  if (inPath) return { in: 'path', ...inPath };
  const inQuery = findInParameters(request.query);
  if (inQuery) return { in: 'query', ...inQuery };
  const inBody = findInJson(request.body);
  if (inBody) return { in: 'body', ...inBody };
  return undefined;
}

export function forbiddenCharacterProblem(location: ForbiddenCharacterLocation): ProblemDetails {
  const parameter = `${location.in} parameter "${location.at}"`;
  const where =
    location.in === 'body'
      ? `${location.key ? 'a key of the object at' : 'the string at'} ${location.at || '/'} of the body`
      : location.key
        ? `the name of ${parameter}`
        : parameter;
  return {
    ...genericProblem(400),
    type: FORBIDDEN_CHARACTER_TYPE,
    title: 'The request contains a character that is not allowed',
    detail: `A NUL character (U+0000) or an unpaired UTF-16 surrogate is not allowed: found in ${where}`,
    errors: [{ path: location.in === 'body' ? location.at : `${location.in}.${location.at}`, message: 'NUL or unpaired surrogate' }],
  };
}

interface HookRequest {
  params?: unknown;
  query?: unknown;
  body?: unknown;
}
interface HookReply {
  status(code: number): HookReply;
  header(name: string, value: string): HookReply;
  send(payload: string): unknown;
}
interface HookTarget {
  addHook(name: 'preValidation', hook: (req: HookRequest, reply: HookReply) => Promise<unknown>): unknown;
}

/**
 * A preValidation hook (after the body is parsed, before guards, pipes and handlers) that answers 400
 * `forbidden-character` for every route, so no controller has to remember it and nothing is changed.
 */
export function refuseForbiddenCharacters(fastify: HookTarget): void {
  fastify.addHook('preValidation', async (req, reply) => {
    const found = findForbiddenCharacter(req);
    if (!found) return undefined;
    return reply.status(400).header('content-type', 'application/problem+json').send(JSON.stringify(forbiddenCharacterProblem(found)));
  });
}
