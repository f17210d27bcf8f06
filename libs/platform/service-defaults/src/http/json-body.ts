/**
 * The APIs speak JSON only. Fastify's own body errors reach Nest as anonymous HttpExceptions, so the JSON parser
 * is wrapped to throw an error of ours, which the problem filter maps to a stable `malformed-json` type.
 */
export class MalformedBodyError extends Error {
  readonly statusCode = 400;
  constructor(message: string) {
    super(message);
    this.name = 'MalformedBodyError';
  }
}

type ParserDone = (error: Error | null, value?: unknown) => void;
interface FastifyBodyParsers<R> {
  getDefaultJsonParser(onProto: 'error', onConstructor: 'error'): (req: R, body: string, done: ParserDone) => void;
  removeAllContentTypeParsers(): void;
  addContentTypeParser(type: string, options: { parseAs: 'string' }, parser: (req: R, body: string, done: ParserDone) => void): void;
}

/**
 * Only application/json (with any parameters) is accepted: other bodies are 415, bad JSON is a 400 problem. A
 * service may name text types it also takes (intake: text/calendar); their body reaches the handler as a string.
 */
export function acceptJsonBodiesOnly<R>(fastify: FastifyBodyParsers<R>, textTypes: readonly string[] = []): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) =>
    parseJson(req, body, (error, value) => (error ? done(new MalformedBodyError(whatIsWrong(body))) : done(null, value))),
  );
  for (const type of textTypes) fastify.addContentTypeParser(type, { parseAs: 'string' }, (_req, body, done) => done(null, body));
}

/** Where the JSON breaks, without echoing the body (it may hold personal data). */
function whatIsWrong(body: string): string {
  if (body.length === 0) return 'The body is empty';
  try {
    JSON.parse(body);
    return 'The body contains a forbidden __proto__ or constructor.prototype key';
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    return position ? `The body is not valid JSON (at position ${position})` : 'The body is not valid JSON';
  }
}
