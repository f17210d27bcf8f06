import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger, Optional } from '@nestjs/common';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError } from 'zod';
import { DatabaseOutage, isDatabaseConnectionLost, isNatsConnectionLost } from '@aftersales/platform-messaging';
import { DomainError } from './domain-error';
import { MalformedBodyError } from './json-body';

/** RFC 9457 problem details; `type` values are stable and documented. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: { path: string; message: string }[];
  [extra: string]: unknown;
}

export const problemType = (slug: string) => `urn:aftersales:problem:${slug}`;

const TITLES: Record<number, [string, string]> = {
  400: ['bad-request', 'Bad request'],
  401: ['unauthenticated', 'Authentication required'],
  403: ['forbidden', 'Forbidden'],
  404: ['not-found', 'Not found'],
  405: ['method-not-allowed', 'Method not allowed'],
  409: ['conflict', 'Conflict'],
  413: ['payload-too-large', 'Request body too large'],
  415: ['unsupported-media-type', 'Unsupported media type'],
  422: ['unprocessable', 'Unprocessable request'],
  429: ['too-many-requests', 'Too many requests'],
  503: ['unavailable', 'Service unavailable'],
};

export function genericProblem(status: number, detail?: string): ProblemDetails {
  const [slug, title] = TITLES[status] ?? (status >= 500 ? ['internal', 'Internal server error'] : ['error', 'Error']);
  return { type: problemType(slug), title, status, ...(detail ? { detail } : {}) };
}

export function zodProblem(error: ZodError): ProblemDetails {
  const errors = error.issues.flatMap(issueErrors);
  return {
    ...genericProblem(400),
    type: problemType('validation'),
    title: 'The request is not valid',
    detail: errors.map((e) => `${e.path || '(body)'}: ${e.message}`).join('; '),
    errors,
  };
}

/** One entry per offending field; an unknown key is named by its own path (z.strictObject). */
function issueErrors(issue: ZodError['issues'][number]): { path: string; message: string }[] {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: [...path, key].join('.'), message: 'Unrecognized key: not part of this request' }));
  }
  return [{ path: path.join('.'), message: issue.message }];
}

const malformedJson = (detail: string): ProblemDetails => ({
  ...genericProblem(400),
  type: problemType('malformed-json'),
  title: 'The body is not valid JSON',
  detail,
});

/** Fastify's own errors (body size, content type, parsing), whether or not Nest wrapped them. */
export function fastifyProblem(error: { statusCode?: number; code?: string; message: string }): ProblemDetails {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return malformedJson(error.message);
  return genericProblem(status, status < 500 ? error.message : undefined);
}

/** How long a client should wait before retrying during an outage: about one probe of the database, plus margin. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

/** The service lost its database or NATS connection: nobody's fault, retry later (RFC 9110 Retry-After). */
export function outageProblem(): ProblemDetails {
  return genericProblem(503, 'A service this one depends on is unreachable; retry later');
}

/** Every error of the HTTP edge becomes application/problem+json (RFC 9457); a 5xx is logged and never explained. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(@Optional() private readonly outage?: DatabaseOutage) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const reply = host.switchToHttp().getResponse();
    // An outage is logged once when it starts and once when it ends (DatabaseOutage, NatsContext), not per request.
    const databaseLost = this.outage ? this.outage.noticed(exception) : isDatabaseConnectionLost(exception);
    if (databaseLost || isNatsConnectionLost(exception)) {
      reply.status(503).header('retry-after', String(OUTAGE_RETRY_AFTER_SECONDS)).header('content-type', 'application/problem+json');
      reply.send(JSON.stringify(outageProblem()));
      return;
    }
    const problem = toProblem(exception);
    if (problem.status >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    if (problem.status === 401) reply.header('www-authenticate', 'Bearer realm="aftersales"');
    reply.status(problem.status).header('content-type', 'application/problem+json').send(JSON.stringify(problem));
  }
}

export function toProblem(exception: unknown): ProblemDetails {
  if (exception instanceof DomainError) {
    return {
      ...genericProblem(exception.status),
      type: problemType(exception.code.toLowerCase().replace(/[._]/g, '-')),
      detail: exception.message,
      code: exception.code,
      ...exception.extras,
    };
  }
  if (exception instanceof ZodValidationException) return zodProblem(exception.getZodError() as ZodError);
  if (exception instanceof ZodError) return zodProblem(exception);
  if (exception instanceof MalformedBodyError) return malformedJson(exception.message);
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (status >= 500) return genericProblem(status);
    const response = exception.getResponse();
    const raw = typeof response === 'string' ? response : ((response as { message?: unknown }).message ?? exception.message);
    const message = Array.isArray(raw) ? raw.join('; ') : String(raw);
    return genericProblem(status, message);
  }
  const fastifyError = exception as { statusCode?: number; code?: string; message?: string } | undefined;
  if (typeof fastifyError?.code === 'string' && fastifyError.code.startsWith('FST_')) {
    return fastifyProblem(fastifyError as { statusCode?: number; code?: string; message: string });
  }
  return genericProblem(HttpStatus.INTERNAL_SERVER_ERROR);
}
