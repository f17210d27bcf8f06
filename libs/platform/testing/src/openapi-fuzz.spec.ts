import fc from 'fast-check';
import { mutate, operationsOf, resolver, valueFor } from './openapi-fuzz';

/** The same API as OpenAPI 3.0 (nullable) and 3.1 (type arrays, const): the driver reads both (issue #8). */
const documents = {
  '3.0': {
    openapi: '3.0.0',
    paths: {
      '/v1/cases/{id}/notes': {
        post: {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Note' } } } },
          'x-required-roles': ['agent'],
        },
        get: { parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 50 } }] },
      },
    },
    components: {
      schemas: {
        Note: {
          type: 'object',
          required: ['text', 'visibility'],
          properties: { text: { type: 'string', minLength: 1, maxLength: 20 }, visibility: { type: 'string', enum: ['internal', 'public'] }, reason: { type: 'string', nullable: true } },
        },
      },
    },
  },
  '3.1': {
    openapi: '3.1.0',
    paths: {
      '/v1/cases/{id}/notes': {
        post: {
          parameters: [{ $ref: '#/components/parameters/Id' }],
          requestBody: { content: { 'application/json; charset=utf-8': { schema: { $ref: '#/components/schemas/Note' } } } },
          'x-required-roles': ['agent'],
        },
        get: { parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 50 } }] },
      },
    },
    components: {
      parameters: { Id: { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } } },
      schemas: {
        Note: {
          type: 'object',
          required: ['text', 'visibility'],
          properties: { text: { type: 'string', minLength: 1, maxLength: 20 }, visibility: { anyOf: [{ const: 'internal' }, { const: 'public' }] }, reason: { type: ['string', 'null'] } },
        },
      },
    },
  },
};

describe.each(Object.entries(documents))('the fuzz driver reads OpenAPI %s', (_version, document) => {
  const resolve = resolver(document);
  const byMethod = Object.fromEntries(operationsOf(document).map((o) => [o.method, o]));
  const { POST: post, GET: get } = byMethod;

  it('lists each operation with its path and query parameters, body and roles', () => {
    expect(post).toMatchObject({ method: 'POST', path: '/v1/cases/{id}/notes', pathParams: [{ name: 'id', schema: { format: 'uuid' } }], roles: ['agent'] });
    expect(post.body).toMatchObject({ type: 'object', required: ['text', 'visibility'] });
    expect(get).toMatchObject({ method: 'GET', query: [{ name: 'limit', required: false }] });
  });

  it('generates bodies that fit the schema, null included where the schema allows it', () => {
    const bodies = fc.sample(valueFor(post.body ?? {}, resolve), { seed: 8, numRuns: 200 }) as { text: string; visibility: string; reason?: string | null }[];
    for (const b of bodies) {
      expect(typeof b.text === 'string' && b.text.length >= 1 && b.text.length <= 20).toBe(true);
      expect(['internal', 'public']).toContain(b.visibility);
    }
    expect(bodies.some((b) => b.reason === null)).toBe(true);
    expect(bodies.some((b) => typeof b.reason === 'string')).toBe(true);
  });
});

describe('hostile variants of a valid body', () => {
  const body = { text: 'hello', nested: { list: ['a', 'b'] } };

  it('slips NUL or a lone surrogate into one string, leaving the rest as it was', () => {
    const poisoned = mutate(body, { kind: 'poison', at: 1, pick: 0 }) as typeof body;
    expect(JSON.stringify(poisoned)).toMatch(/\\u0000|\\ud800|\\udfff/);
    expect(Object.keys(poisoned)).toEqual(['text', 'nested']);
  });

  it('drops a field, changes a type, or puts a huge number in', () => {
    expect(mutate(body, { kind: 'drop', at: 1, pick: 0 })).toEqual({ nested: { list: ['a', 'b'] } });
    expect(mutate(body, { kind: 'type', at: 1, pick: 1 })).toEqual({ text: true, nested: { list: ['a', 'b'] } });
    expect(mutate(body, { kind: 'number', at: 1, pick: 0 })).toEqual({ text: 1e308, nested: { list: ['a', 'b'] } });
  });
});
