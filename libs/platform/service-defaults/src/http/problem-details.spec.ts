import { ArgumentsHost, BadRequestException, ForbiddenException, HttpException, InternalServerErrorException, Logger, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { ZodValidationException } from 'nestjs-zod';
import { z } from 'zod';
import { DomainError } from './domain-error';
import { MalformedBodyError } from './json-body';
import { ProblemDetailsFilter, toProblem } from './problem-details';

const type = (slug: string) => `urn:aftersales:problem:${slug}`;

describe('errors as problem details (RFC 9457)', () => {
  it('maps a domain error to its status, with its stable code', () => {
    const problem = toProblem(new DomainError('WARRANTY.UNIT_NOT_FOUND', 'No unit SN-1', 404, { serialNumber: 'SN-1' }));
    expect(problem).toEqual({
      type: type('warranty-unit-not-found'),
      title: 'Not found',
      status: 404,
      detail: 'No unit SN-1',
      code: 'WARRANTY.UNIT_NOT_FOUND',
      serialNumber: 'SN-1',
    });
  });

  it('lists every zod issue by path, naming unknown keys themselves', () => {
    const schema = z.strictObject({ name: z.string().min(1), items: z.array(z.strictObject({ qty: z.number().int() })) });
    const { error } = schema.safeParse({ name: '', items: [{ qty: 1.5, colour: 'red' }], extra: 1 });
    const problem = toProblem(new ZodValidationException(error));
    expect(problem).toMatchObject({ type: type('validation'), status: 400 });
    expect((problem.errors ?? []).map((e) => e.path).sort()).toEqual(['extra', 'items.0.colour', 'items.0.qty', 'name']);
    expect(problem.detail).toContain('name:');
  });

  it.each([
    ['malformed JSON from our parser', new MalformedBodyError('The body is not valid JSON (at position 3)'), 400, 'malformed-json'],
    ['an oversized body, as Nest wraps Fastify’s error', new HttpException('Request body is too large', 413), 413, 'payload-too-large'],
    ['an unsupported content type', new HttpException('Unsupported Media Type', 415), 415, 'unsupported-media-type'],
    ['a raw Fastify JSON error', Object.assign(new Error('Body is not valid JSON'), { code: 'FST_ERR_CTP_INVALID_JSON_BODY', statusCode: 400 }), 400, 'malformed-json'],
    ['a missing token', new UnauthorizedException('A bearer token is required'), 401, 'unauthenticated'],
    ['a missing role', new ForbiddenException('Requires one of the roles: agent'), 403, 'forbidden'],
    ['an unknown route', new NotFoundException('Cannot GET /v1/nothing'), 404, 'not-found'],
    ['another bad request', new BadRequestException('Bad id'), 400, 'bad-request'],
  ])('maps %s', (_what, error, status, slug) => {
    expect(toProblem(error)).toMatchObject({ type: type(slug), status, title: expect.any(String) });
  });

  it('never explains a 5xx: the message may hold internals', () => {
    for (const error of [new Error('password=hunter2'), new InternalServerErrorException('password=hunter2'), 'thrown string']) {
      const problem = toProblem(error);
      expect(problem).toEqual({ type: type('internal'), title: 'Internal server error', status: 500 });
    }
  });

  describe('the filter', () => {
    const reply = () => {
      const sent = { status: 0, headers: {} as Record<string, string>, body: '' };
      const r = {
        status: (s: number) => ((sent.status = s), r),
        header: (k: string, v: string) => ((sent.headers[k] = v), r),
        send: (b: string) => void (sent.body = b),
      };
      return { r, sent };
    };
    const host = (r: unknown) => ({ getType: () => 'http', switchToHttp: () => ({ getResponse: () => r }) }) as unknown as ArgumentsHost;

    it('answers application/problem+json, with a bearer challenge on 401', () => {
      const { r, sent } = reply();
      new ProblemDetailsFilter().catch(new UnauthorizedException('A bearer token is required'), host(r));
      expect(sent.status).toBe(401);
      expect(sent.headers).toEqual({ 'content-type': 'application/problem+json', 'www-authenticate': 'Bearer realm="aftersales"' });
      expect(JSON.parse(sent.body)).toMatchObject({ status: 401, detail: 'A bearer token is required' });
    });

    it('logs a 5xx with its stack, and a 4xx not at all', () => {
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      try {
        new ProblemDetailsFilter().catch(new BadRequestException('Bad id'), host(reply().r));
        expect(logged).not.toHaveBeenCalled();
        new ProblemDetailsFilter().catch(new Error('boom'), host(reply().r));
        expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^Error: boom\n\s+at /));
      } finally {
        logged.mockRestore();
      }
    });

    it('answers a lost database or NATS connection with 503 and Retry-After, without logging it per request', () => {
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      try {
        const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', port: 5432 });
        const terminated = Object.assign(new Error('Query failed'), { name: 'QueryFailedError', driverError: new Error('Connection terminated unexpectedly') });
        const natsClosed = Object.assign(new Error('closed connection'), { name: 'ClosedConnectionError' });
        for (const error of [refused, terminated, natsClosed]) {
          const { r, sent } = reply();
          new ProblemDetailsFilter().catch(error, host(r));
          expect(sent.status).toBe(503);
          expect(sent.headers).toEqual({ 'content-type': 'application/problem+json', 'retry-after': '5' });
          expect(JSON.parse(sent.body)).toMatchObject({ type: type('unavailable'), status: 503 });
        }
        expect(logged).not.toHaveBeenCalled();
        // A statement the database refused is a bug of ours, not an outage.
        const { r, sent } = reply();
        new ProblemDetailsFilter().catch(Object.assign(new Error('syntax error'), { code: '42601' }), host(r));
        expect(sent.status).toBe(500);
      } finally {
        logged.mockRestore();
      }
    });
  });
});
