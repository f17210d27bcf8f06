import type { OpenAPIObject } from '@nestjs/swagger';

const PROBLEM_REF = '#/components/schemas/ProblemDetails';

/**
 * Every operation answers errors as application/problem+json (RFC 9457); the document says so once, as each
 * operation's `default` response, so integrators generate one error type.
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
  for (const path of Object.values(document.paths)) {
    for (const operation of [path.get, path.put, path.post, path.delete, path.patch, path.head, path.options]) {
      if (!operation || operation.responses?.default) continue;
      operation.responses = {
        ...operation.responses,
        default: { description: 'An error, as problem details (RFC 9457)', content: { 'application/problem+json': { schema: { $ref: PROBLEM_REF } } } },
      };
    }
  }
  return document;
}
