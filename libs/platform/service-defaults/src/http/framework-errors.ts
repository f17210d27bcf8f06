import { ProblemDetails, genericProblem, problemType } from './problem-details';

interface FrameworkReply {
  status(code: number): FrameworkReply;
  header(name: string, value: string): FrameworkReply;
  send(payload: string): unknown;
}

/**
 * Errors Fastify's router answers before any hook or Nest filter runs (a URL that is not valid percent-encoding, a
 * path parameter above its length limit). Its own answers are plain JSON that echo the URL; these are problem+json
 * like every other error and do not repeat what the client sent (issue #8).
 */
export function frameworkErrors(error: { code?: string }, _request: unknown, reply: FrameworkReply): void {
  const problem: ProblemDetails =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? { type: problemType('uri-too-long'), title: 'URI too long', status: 414, detail: 'A path segment is longer than this API accepts' }
      : error.code === 'FST_ERR_BAD_URL'
        ? { ...genericProblem(400), type: problemType('bad-url'), detail: 'The URL is not valid: a path segment is not percent-encoded UTF-8' }
        : genericProblem(400);
  reply
    .status(problem.status)
    .header('content-type', 'application/problem+json')
    // The plugins' hooks do not run for these answers: the headers every answer carries, set here.
    .header('x-content-type-options', 'nosniff')
    .header('x-frame-options', 'DENY')
    .header('cache-control', 'no-store')
    .send(JSON.stringify(problem));
}
