import type { OpenAPIObject } from '@nestjs/swagger';
import { documentProblemResponses } from './problem-openapi';

const ok = { '200': { description: 'OK' } };
const ref = (name: string) => ({ $ref: `#/components/responses/${name}` });

describe('the 4xx responses of every operation (issue #8)', () => {
  const document = (): OpenAPIObject => ({
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/v1/things': {
        post: {
          security: [{ bearer: [] }],
          ...{ 'x-required-roles': ['agent'] },
          parameters: [{ name: 'Idempotency-Key', in: 'header', required: false }],
          requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
          responses: { '201': { description: 'Created' } },
        },
        get: { security: [{ bearer: [] }], parameters: [{ name: 'limit', in: 'query' }], responses: ok },
      },
      '/v1/things/{id}': {
        get: {
          security: [{ bearer: [] }],
          parameters: [{ name: 'id', in: 'path', required: true }],
          responses: { ...ok, '404': { description: 'No such thing, said by the controller itself' } },
        },
      },
      '/v1/open/ping': { get: { responses: ok } },
    },
  });

  it('lists the edge answers that apply to each operation, by reference, and keeps what an operation says itself', () => {
    const doc = documentProblemResponses(document());
    const codes = (path: string, method: 'get' | 'post') => Object.keys(doc.paths[path][method]?.responses ?? {}).sort();
    expect({
      create: codes('/v1/things', 'post'),
      list: codes('/v1/things', 'get'),
      one: codes('/v1/things/{id}', 'get'),
      ping: codes('/v1/open/ping', 'get'),
    }).toEqual({
      create: ['201', '400', '401', '403', '413', '415', '422', 'default'],
      list: ['200', '400', '401', 'default'],
      one: ['200', '400', '401', '404', 'default'],
      ping: ['200', 'default'],
    });
    const create = doc.paths['/v1/things'].post?.responses ?? {};
    expect([create['400'], create['401'], create['403'], create['413'], create['415'], create['422']]).toEqual([
      ref('BadRequest'),
      ref('Unauthenticated'),
      ref('Forbidden'),
      ref('PayloadTooLarge'),
      ref('UnsupportedMediaType'),
      ref('IdempotencyKeyReused'),
    ]);
    expect(doc.paths['/v1/things/{id}'].get?.responses['404']).toEqual({
      description: 'No such thing, said by the controller itself',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
    });
  });

  it('answers every error as application/problem+json and defines only the responses it references', () => {
    const doc = documentProblemResponses(document());
    expect(Object.keys(doc.components?.responses ?? {})).toEqual(['BadRequest', 'Forbidden', 'IdempotencyKeyReused', 'PayloadTooLarge', 'Unauthenticated', 'UnsupportedMediaType']);
    const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } };
    for (const response of Object.values(doc.components?.responses ?? {})) expect(response).toMatchObject({ content: problem });
    expect(doc.paths['/v1/open/ping'].get?.responses.default).toMatchObject({ content: problem });
    expect(doc.components?.schemas?.ProblemDetails).toMatchObject({ required: ['type', 'title', 'status'] });
  });
});
