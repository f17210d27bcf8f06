import type { OpenAPIObject } from '@nestjs/swagger';

type OperationObject = NonNullable<OpenAPIObject['paths'][string]['get']>;
type ResponseObject = Exclude<NonNullable<NonNullable<OpenAPIObject['components']>['responses']>[string], { $ref: string }>;

const PROBLEM_REF = '#/components/schemas/ProblemDetails';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

const problem = (description: string, extra: Partial<ResponseObject> = {}): ResponseObject => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: PROBLEM_REF } } },
  ...extra,
});

/** The 4xx answers the platform's edge gives on its own (validation, auth, body handling), whatever the operation. */
const EDGE_RESPONSES = {
  BadRequest: problem('The request is not valid: `validation` (with one entry per field in `errors`), `malformed-json`, or a type of the service'),
  Unauthenticated: problem('No bearer token, or one that is not valid (`unauthenticated`)', {
    headers: { 'WWW-Authenticate': { description: 'Bearer realm="aftersales"', schema: { type: 'string' } } },
  }),
  Forbidden: problem('The token\'s role may not do this (`forbidden`); the roles allowed are in `x-required-roles`'),
  NotFound: problem('No such resource, or none the caller may see (`not-found` or a domain type)'),
  PayloadTooLarge: problem('The body is larger than the service accepts (`payload-too-large`)'),
  UnsupportedMediaType: problem('The body is not application/json (`unsupported-media-type`)'),
  IdempotencyKeyReused: problem('This Idempotency-Key was used for a different request (`idempotency-key-reused`), or a rule of the service refused it (its own type)'),
} satisfies Record<string, ResponseObject>;

type EdgeResponse = keyof typeof EDGE_RESPONSES;

/** Which of the edge's answers an operation can get, read from what the document already says about it. */
function edgeResponsesOf(path: string, operation: OperationObject): [status: string, response: EdgeResponse][] {
  const hasBody = operation.requestBody !== undefined;
  const secured = (operation.security ?? []).some((requirement) => 'bearer' in requirement);
  const roles = (operation as { 'x-required-roles'?: unknown[] })['x-required-roles'];
  const found: [string, EdgeResponse][] = [];
  if (hasBody || (operation.parameters?.length ?? 0) > 0) found.push(['400', 'BadRequest']);
  if (secured) found.push(['401', 'Unauthenticated']);
  if (secured && Array.isArray(roles) && roles.length > 0) found.push(['403', 'Forbidden']);
  if (path.includes('{')) found.push(['404', 'NotFound']);
  if (hasBody) found.push(['413', 'PayloadTooLarge'], ['415', 'UnsupportedMediaType']);
  const parameters = (operation.parameters ?? []) as { name?: string; in?: string }[];
  if (parameters.some((p) => p.in === 'header' && p.name?.toLowerCase() === 'idempotency-key')) found.push(['422', 'IdempotencyKeyReused']);
  return found;
}

/**
 * Every operation answers errors as application/problem+json (RFC 9457). Each operation lists the 4xx answers of
 * the shared edge that apply to it (400 when it takes input, 401/403 when it needs a token or a role, 404 when
 * its path names a resource, 413/415 when it takes a body, 422 when it takes an Idempotency-Key); the service's
 * own conflicts and rule violations
 * (409, 422) and outages (503) are its `default` response, so integrators generate one error type. A response
 * an operation documents itself is kept, with the problem+json body when it names none.
 */
export function documentProblemResponses(document: OpenAPIObject): OpenAPIObject {
  document.components = document.components ?? {};
  document.components.schemas = {
    ...document.components.schemas,
    ProblemDetails: {
      type: 'object',
      required: ['type', 'title', 'status'],
      properties: {
        type: { type: 'string', description: 'Stable identifier, urn:aftersales:problem:<slug>', example: 'urn:aftersales:problem:validation' },
        title: { type: 'string' },
        status: { type: 'integer' },
        detail: { type: 'string' },
        code: { type: 'string', description: 'Domain error code, e.g. WARRANTY.UNIT_NOT_FOUND' },
        errors: {
          type: 'array',
          description: 'One entry per invalid field (validation problems)',
          items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' } } },
        },
      },
    },
  };
  const used = new Set<EdgeResponse>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const responses = { ...operation.responses };
      // An error response the operation documents itself (@ApiConflictResponse) is problem details too.
      for (const [status, response] of Object.entries(responses)) {
        if (/^[45]\d\d$/.test(status) && response && !('$ref' in response) && !response.content) {
          responses[status] = { ...response, content: problem(response.description).content };
        }
      }
      for (const [status, name] of edgeResponsesOf(path, operation)) {
        if (responses[status]) continue;
        responses[status] = { $ref: `#/components/responses/${name}` };
        used.add(name);
      }
      responses.default ??= problem('Any other error, as problem details (RFC 9457): conflicts, broken domain rules, outages');
      operation.responses = responses;
    }
  }
  // Only the ones referenced: an unused component is noise to the linter and to client generators.
  document.components.responses = {
    ...document.components.responses,
    ...Object.fromEntries([...used].sort().map((name) => [name, EDGE_RESPONSES[name]])),
  };
  return document;
}
