/**
 * A property-based fuzz driver for one service, driven by the OpenAPI document the service itself serves
 * (issue #8). It generates requests from each operation's parameters and body schema, valid-ish and hostile (NUL,
 * lone surrogates, huge numbers, wrong types, odd paths and query values, with and without tokens of several roles),
 * and checks three properties:
 *   - no request gets a 5xx, and every 4xx is application/problem+json;
 *   - a refused request (4xx) leaves the row count of every table of the service's database as it was;
 *   - a refused request publishes nothing: the stream holds exactly the events of the outbox rows accepted
 *     requests wrote (checked after each refused request and once at the end, when the outbox is drained).
 * OpenAPI 3.0 and 3.1 are both read (nullable or type arrays, $ref, anyOf/oneOf/allOf, const, enum).
 */
import fc from 'fast-check';
import { Client } from 'pg';
import { connect } from '@nats-io/transport-node';
import { NatsConnection } from '@nats-io/nats-core';
import { JetStreamManager, jetstreamManager } from '@nats-io/jetstream';
import { randomUUID } from 'node:crypto';
import { ServiceName } from '@aftersales/contracts-core';
import { Role, signDevToken } from '@aftersales/platform-auth';
import { wireStreamName } from '@aftersales/platform-messaging';
import { waitFor } from './wait-for';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- OpenAPI schemas are read field by field
type Schema = Record<string, any>;

interface InjectResponse {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}
/** A Nest Fastify application (or anything with Fastify's `inject`). */
export interface FuzzTarget {
  getHttpAdapter(): { getInstance(): { inject(request: object): Promise<InjectResponse> } };
}

export interface OpenApiFuzzOptions {
  app: FuzzTarget;
  service: ServiceName;
  /** The service's own database (the driver counts the rows of every table in it). */
  databaseUrl: string;
  natsUrl: string;
  namespace: string;
  /** Bearer tokens to try, by label (a role, a customer...); requests also go without a token and with garbage. */
  tokens: Record<string, string>;
  /** Where the document is served; the bootstrap serves it at /docs-json. */
  documentUrl?: string;
  /** FUZZ_SEED overrides it; printed on failure either way. */
  seed?: number;
  /** Requests to send (FUZZ_RUNS overrides it). */
  numRuns?: number;
  /** A bound on the whole run: it stops (passing on what it sent) after this long (FUZZ_TIME_LIMIT_MS overrides it). */
  timeLimitMs?: number;
  /** Operations not to call, as "METHOD /path/{template}" (e.g. a server-sent event stream that never ends). */
  skip?: string[];
  /** Tables whose rows change without a request (none today); left out of the row comparison. */
  ignoreTables?: string[];
}

export interface FuzzReport {
  seed: number;
  requests: number;
  operations: number;
  byStatus: Record<string, number>;
  /** Operations that answered 2xx at least once. */
  succeeded: string[];
}

export interface Operation {
  method: string;
  path: string;
  pathParams: { name: string; schema: Schema }[];
  query: { name: string; schema: Schema; required: boolean }[];
  body?: Schema;
  /** `x-required-roles`, as the auth library documents @Roles(). */
  roles?: string[];
  label: string;
}

interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  label: string;
}

// ---------------------------------------------------------------------------------------------------------
// The document

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function resolver(document: Schema): (schema: Schema | undefined) => Schema {
  const resolve = (schema: Schema | undefined, seen = 0): Schema => {
    if (!schema || typeof schema !== 'object') return {};
    if (typeof schema.$ref === 'string' && seen < 20) {
      const target = schema.$ref
        .replace(/^#\//, '')
        .split('/')
        .reduce((node: Schema | undefined, part: string) => node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], document);
      return resolve(target, seen + 1);
    }
    return schema;
  };
  return resolve;
}

export function operationsOf(document: Schema, skip: string[] = []): Operation[] {
  const resolve = resolver(document);
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<Schema>(document.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method] as Schema | undefined;
      if (!op) continue;
      const label = `${method.toUpperCase()} ${path}`;
      if (skip.includes(label)) continue;
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Schema) => resolve(p));
      const named = new Set(parameters.filter((p) => p.in === 'path').map((p) => p.name));
      const pathParams = [
        ...parameters.filter((p) => p.in === 'path').map((p) => ({ name: String(p.name), schema: resolve(p.schema) })),
        // A template variable the document forgot to declare is still filled.
        ...[...path.matchAll(/\{([^}]+)\}/g)].filter((m) => !named.has(m[1])).map((m) => ({ name: m[1], schema: { type: 'string' } })),
      ];
      const query = parameters.filter((p) => p.in === 'query').map((p) => ({ name: String(p.name), schema: resolve(p.schema), required: p.required === true }));
      const content = resolve(op.requestBody)?.content ?? {};
      const json = Object.entries<Schema>(content).find(([type]) => /json/.test(type))?.[1];
      const roles = Array.isArray(op['x-required-roles']) ? (op['x-required-roles'] as string[]) : undefined;
      operations.push({ method: method.toUpperCase(), path, pathParams, query, body: json ? resolve(json.schema) : undefined, roles, label });
    }
  }
  return operations;
}

// ---------------------------------------------------------------------------------------------------------
// Values from schemas: valid-ish first, then broken on purpose

const HOSTILE_STRINGS = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '\udc00\ud800',
  '',
  ' ',
  'x'.repeat(5000),
  '9'.repeat(400),
  '-1',
  '1e309',
  'NaN',
  'null',
  '0x1F',
  '../../etc/passwd',
  "'; DROP TABLE x; --",
  '%00',
  '%ED%A0%80',
  '<script>alert(1)</script>',
  '\u202eevil',
  '𝕏🔩屏幕不亮',
  '2026-02-30',
  '0000-00-00T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
];
const HUGE_NUMBERS = [1e308, -1e308, 2 ** 53 + 2, -(2 ** 63), 2 ** 64, 1e-320, -0, 0.1, 2147483648, -2147483649];

const typesOf = (schema: Schema): string[] => {
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === 'string') return schema.nullable ? [schema.type, 'null'] : [schema.type];
  if (schema.properties) return ['object'];
  if (schema.items) return ['array'];
  return [];
};

/** Field names whose valid values random text almost never hits. */
const HINTS: [RegExp, string[]][] = [
  [/time_?zone/i, ['Asia/Shanghai', 'Europe/Berlin', 'UTC', 'America/New_York']],
  [/phone|mobile/i, ['+86 138 0013 8000', '010-6552 9988', '(555) 010-0199']],
  [/e_?mail/i, ['wang.fang@example.com', 'li.lei@example.cn']],
  [/currency/i, ['CNY', 'EUR', 'USD']],
  [/country/i, ['CN', 'DE', 'US']],
  [/locale|language/i, ['zh-CN', 'en']],
];

function stringFor(schema: Schema, hint?: string): fc.Arbitrary<string> {
  const hinted = hint ? HINTS.find(([pattern]) => pattern.test(hint))?.[1] : undefined;
  if (hinted && !schema.format && !schema.pattern) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...hinted) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
  const min = Math.min(schema.minLength ?? 0, 64);
  const max = Math.max(min, Math.min(schema.maxLength ?? 24, 64));
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'date-time':
      return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
    case 'date':
      return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'email':
      // fast-check's addresses are RFC-valid but stranger than any validator takes.
      return fc.tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,10}[a-z0-9]$/), fc.constantFrom('example.com', 'example.cn')).map(([local, domain]) => `${local.replace(/\.\.+/g, '.')}@${domain}`);
    case 'uri':
    case 'url':
      return fc.webUrl();
    default:
  }
  if (typeof schema.pattern === 'string') {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= 200);
    } catch {
      // A pattern JavaScript cannot read: any string.
    }
  }
  return fc.string({ minLength: min, maxLength: max });
}

export function valueFor(schema: Schema, resolve: (s: Schema | undefined) => Schema, depth = 0, hint?: string): fc.Arbitrary<Json> {
  schema = resolve(schema);
  if (depth > 6) return fc.constant(null);
  // The document's own examples are the likeliest valid values (an IANA zone, a serial number that fits a pattern).
  const examples = [...(schema.example !== undefined ? [schema.example] : []), ...(Array.isArray(schema.examples) ? schema.examples : []), ...(schema.default !== undefined ? [schema.default] : [])] as Json[];
  if (examples.length > 0) return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...examples) }, { weight: 1, arbitrary: generatedValue(schema, resolve, depth, hint) });
  return generatedValue(schema, resolve, depth, hint);
}

function generatedValue(schema: Schema, resolve: (s: Schema | undefined) => Schema, depth: number, hint?: string): fc.Arbitrary<Json> {
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return fc.constantFrom(...(schema.enum as Json[]));
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(alternatives) && alternatives.length > 0) return fc.oneof(...alternatives.map((s: Schema) => valueFor(s, resolve, depth + 1, hint)));
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) {
    const parts = schema.allOf.map((s: Schema) => resolve(s));
    const merged = { ...schema, allOf: undefined, type: 'object', properties: Object.assign({}, ...parts.map((p: Schema) => p.properties ?? {})), required: parts.flatMap((p: Schema) => p.required ?? []) };
    return valueFor(merged, resolve, depth + 1);
  }
  const types = typesOf(schema);
  if (types.length === 0) return fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null));
  return fc.oneof(
    ...types.map((type): fc.Arbitrary<Json> => {
      switch (type) {
        case 'null':
          return fc.constant(null);
        case 'boolean':
          return fc.boolean();
        case 'integer':
          return fc.integer({ min: Math.max(schema.minimum ?? -1000, -1e9), max: Math.min(schema.maximum ?? 100_000, 1e9) });
        case 'number':
          return fc.double({ min: Math.max(schema.minimum ?? -1e6, -1e9), max: Math.min(schema.maximum ?? 1e6, 1e9), noNaN: true, noDefaultInfinity: true });
        case 'string':
          return stringFor(schema, hint);
        case 'array':
          return fc.array(valueFor(schema.items ?? {}, resolve, depth + 1), { minLength: Math.min(schema.minItems ?? 0, 3), maxLength: Math.max(Math.min(schema.minItems ?? 0, 3), Math.min(schema.maxItems ?? 3, 3)) });
        case 'object':
        default:
          return objectFor(schema, resolve, depth);
      }
    }),
  );
}

function objectFor(schema: Schema, resolve: (s: Schema | undefined) => Schema, depth: number): fc.Arbitrary<Json> {
  const properties = Object.entries<Schema>(schema.properties ?? {});
  const required = new Set<string>(schema.required ?? []);
  if (properties.length === 0) {
    const extra = schema.additionalProperties;
    if (extra && typeof extra === 'object') return fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), valueFor(extra, resolve, depth + 1), { maxKeys: 3 });
    return fc.constant({});
  }
  const model = Object.fromEntries(properties.map(([key, s]) => [key, valueFor(s, resolve, depth + 1, key)]));
  return fc.record(model, { requiredKeys: properties.map(([k]) => k).filter((k) => required.has(k)) }) as fc.Arbitrary<Json>;
}

/** Every place in a JSON value, as a path of keys and indexes, the root first. */
function places(value: Json, path: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
  into.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => places(v, [...path, i], into));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) places(v, [...path, k], into);
  return into;
}

function replaceAt(value: Json, path: (string | number)[], replacement: Json | undefined): Json {
  if (path.length === 0) return replacement ?? null;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaceAt(v, rest, replacement) : v)).filter((_, i) => !(i === head && replacement === undefined && rest.length === 0));
  if (value && typeof value === 'object') {
    const copy: { [key: string]: Json } = { ...value };
    if (rest.length === 0 && replacement === undefined) delete copy[head as string];
    else copy[head as string] = replaceAt(copy[head as string], rest, replacement);
    return copy;
  }
  return value;
}

type Mutation = { kind: 'none' } | { kind: 'poison' | 'string' | 'type' | 'number' | 'drop' | 'extra'; at: number; pick: number };

/** What no store keeps, slipped into an otherwise valid string so that it passes the schema and reaches the store. */
const POISON = ['\u0000', '\ud800', '\udfff', '\u0000\u0000'];
const poison = (text: string, pick: number): string => {
  const at = pick % (text.length + 1);
  return `${text.slice(0, at)}${POISON[pick % POISON.length]}${text.slice(at)}`;
};

const mutation: fc.Arbitrary<Mutation> = fc.record({ kind: fc.constantFrom('poison', 'poison', 'string', 'string', 'type', 'number', 'drop', 'extra'), at: fc.nat(), pick: fc.nat() }) as fc.Arbitrary<Mutation>;

const WRONG_TYPES: Json[] = [null, true, 0, -1, 'text', [], {}, [null], { nested: { deeper: ['x'] } }];

export function mutate(value: Json, m: Mutation): Json {
  if (m.kind === 'none') return value;
  const all = places(value);
  const at = all[m.at % all.length];
  const read = (path: (string | number)[]) => path.reduce<Json>((v, k) => (v as Record<string, Json>)?.[k as string] ?? null, value);
  const strings = all.filter((p) => typeof read(p) === 'string');
  switch (m.kind) {
    case 'poison': {
      if (strings.length === 0) return replaceAt(value, at, POISON[m.pick % POISON.length]);
      const target = strings[m.at % strings.length];
      return replaceAt(value, target, poison(read(target) as string, m.pick));
    }
    case 'string': {
      const target = strings.length > 0 ? strings[m.at % strings.length] : at;
      return replaceAt(value, target, HOSTILE_STRINGS[m.pick % HOSTILE_STRINGS.length]);
    }
    case 'number':
      return replaceAt(value, at, HUGE_NUMBERS[m.pick % HUGE_NUMBERS.length]);
    case 'type':
      return replaceAt(value, at, WRONG_TYPES[m.pick % WRONG_TYPES.length]);
    case 'drop':
      return at.length === 0 ? value : replaceAt(value, at, undefined);
    case 'extra':
      return value && typeof value === 'object' && !Array.isArray(value) ? { ...value, [`unexpected${m.pick % 3}`]: HOSTILE_STRINGS[m.pick % HOSTILE_STRINGS.length] } : value;
  }
}

/** Percent-encodes like a client would; lone surrogates (which encodeURIComponent refuses) as their CESU-8 bytes. */
function encode(text: string): string {
  return text.replace(/[\uD800-\uDFFF]/g, (c) => (/[\uD800-\uDBFF]/.test(c) ? '\uFFFF' : '\uFFFE')).split('').map((c) => {
    if (c === '\uFFFF') return '%ED%A0%80';
    if (c === '\uFFFE') return '%ED%B0%80';
    return encodeURIComponent(c);
  }).join('');
}

// ---------------------------------------------------------------------------------------------------------
// Requests

/**
 * Ids the service answered with, by collection (`cases`, `customers`...), so later requests reach existing
 * resources and their deeper code paths: `/v1/cases/{id}/notes` gets the id of a case it created.
 */
class IdPool {
  private readonly byCollection = new Map<string, string[]>();
  private readonly all: string[] = [];

  /** The ids of one answer: `id` belongs to the operation's collection, `<thing>Id` to `<thing>s`. */
  add(op: Operation | undefined, body: string): void {
    let parsed: Json;
    try {
      parsed = JSON.parse(body) as Json;
    } catch {
      return;
    }
    const own = op ? collectionOf(op.path, op.path.length) : undefined;
    const visit = (value: Json, key?: string) => {
      if (typeof value === 'string' && UUID.test(value) && key) {
        const collection = key === 'id' ? own : key.endsWith('Id') ? `${key.slice(0, -2)}s` : undefined;
        if (collection) this.remember(collection, value);
      } else if (Array.isArray(value)) value.forEach((v) => visit(v, key));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
    };
    visit(parsed);
  }

  pick(collection: string | undefined, n: number): string | undefined {
    const ids = (collection && this.byCollection.get(collection)) || this.all;
    return ids.length ? ids[n % ids.length] : undefined;
  }

  private remember(collection: string, id: string): void {
    const ids = this.byCollection.get(collection) ?? [];
    if (!ids.includes(id)) ids.push(id);
    if (ids.length > 50) ids.shift();
    this.byCollection.set(collection, ids);
    if (!this.all.includes(id)) this.all.push(id);
    if (this.all.length > 200) this.all.shift();
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The literal segment before a position of a path template: `/v1/cases/{id}/notes` at `{id}` is `cases`. */
function collectionOf(template: string, position: number): string | undefined {
  const literals = template.slice(0, position).split('/').filter((segment) => segment && !segment.startsWith('{'));
  return literals[literals.length - 1];
}

type PathValue = { kind: 'schema'; value: Json } | { kind: 'known'; pick: number; poison?: number } | { kind: 'raw'; value: string };

const validPathValue = (schema: Schema, resolve: (s: Schema | undefined) => Schema): fc.Arbitrary<PathValue> =>
  fc.oneof(
    { weight: 1, arbitrary: valueFor(schema, resolve).map((value): PathValue => ({ kind: 'schema', value })) },
    { weight: 3, arbitrary: fc.nat().map((pick): PathValue => ({ kind: 'known', pick })) },
  );

const hostilePathValue: fc.Arbitrary<PathValue> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat()).map(([pick, at]): PathValue => ({ kind: 'known', pick, poison: at })),
  fc.constantFrom(...HOSTILE_STRINGS).map((value): PathValue => ({ kind: 'schema', value })),
  // Already encoded, or not decodable at all.
  fc.constantFrom('%', '%zz', '%FF', '%ED%A0%80', '..', '%2e%2e', 'a%2Fb', '%00', ';x=1', 'x?y', '%E0%A4%A').map((value): PathValue => ({ kind: 'raw', value })),
);

type QueryValue = { name: string; values: Json[]; raw?: boolean };

function validQuery(op: Operation, resolve: (s: Schema | undefined) => Schema): fc.Arbitrary<QueryValue[]> {
  const each = op.query.map((q) =>
    fc.oneof(
      { weight: q.required ? 0 : 1, arbitrary: fc.constant<QueryValue | undefined>(undefined) },
      { weight: 2, arbitrary: valueFor(q.schema, resolve, 0, q.name).map((v): QueryValue => ({ name: q.name, values: [v] })) },
    ),
  );
  return fc.tuple(...each).map((values) => values.filter((v): v is QueryValue => v !== undefined));
}

function hostileQuery(op: Operation, resolve: (s: Schema | undefined) => Schema): fc.Arbitrary<QueryValue[]> {
  const names = [...op.query.map((q) => q.name), 'unexpected', '__proto__', 'limit', 'cursor'];
  const one = fc.record({
    name: fc.constantFrom(...names),
    kind: fc.constantFrom('poison', 'poison', 'hostile', 'repeated', 'raw'),
    at: fc.nat(),
    hostile: fc.constantFrom(...HOSTILE_STRINGS, ...HUGE_NUMBERS.map(String)),
    raw: fc.constantFrom('%', '%FF', '%ED%A0%80', '%00', '[]', '[object Object]', 'a=b=c'),
  });
  return fc.tuple(validQuery(op, resolve), fc.array(one, { minLength: 1, maxLength: 3 })).map(([valid, bad]) => [
    ...valid.filter((v) => !bad.some((b) => b.name === v.name && b.kind === 'poison')),
    ...bad.map((b): QueryValue =>
      b.kind === 'poison'
        ? { name: b.name, values: [poison(queryValue(valid.find((v) => v.name === b.name)?.values[0] ?? 'x'), b.at)] }
        :
      b.kind === 'raw' ? { name: b.name, values: [b.raw], raw: true } : b.kind === 'repeated' ? { name: b.name, values: ['1', b.hostile] } : { name: b.name, values: [b.hostile] },
    ),
  ]);
}

const queryValue = (v: Json): string => (typeof v === 'string' ? v : v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v));

type Auth = { kind: 'none' } | { kind: 'garbage'; value: string } | { kind: 'token'; pick: number } | { kind: 'wrong-role'; pick: number };

interface Draft {
  op: Operation;
  path: PathValue[];
  query: QueryValue[];
  body: { value: Json; raw?: string; contentType: string } | undefined;
  auth: Auth;
  idempotencyKey?: string;
}

const RAW_BODIES = ['{', '{"a":', '[1,2', 'null', '"text"', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"x":1}}}', ' ', '{"a":"\\u0000"}', '{"a":"\\ud800"}', '1e999999', '[]', '{}'];

/**
 * One request: everything valid-ish (values from the schemas, a token, JSON), or hostile in one place at a time
 * (the path, the query, the body, the credentials, the headers), so that the hostile part reaches deep code paths
 * instead of being stopped by some other, unrelated, mistake.
 */
function draftFor(op: Operation, resolve: (s: Schema | undefined) => Schema): fc.Arbitrary<Draft> {
  const focus = fc.constantFrom('none', 'none', 'path', 'query', 'body', 'body', 'body', 'auth', 'headers');
  return fc
    .record({
      focus,
      path: fc.tuple(...op.pathParams.map((p) => validPathValue(p.schema, resolve))),
      badPath: fc.tuple(fc.nat(), hostilePathValue),
      query: validQuery(op, resolve),
      badQuery: hostileQuery(op, resolve),
      body: op.body ? valueFor(op.body, resolve) : fc.constant(undefined),
      badBody: fc.oneof({ weight: 4, arbitrary: mutation }, { weight: 1, arbitrary: fc.constantFrom(...RAW_BODIES).map((raw) => ({ raw })) }),
      token: fc.nat(),
      badAuth: fc.oneof(
        fc.constant<Auth>({ kind: 'none' }),
        fc.nat().map((pick): Auth => ({ kind: 'wrong-role', pick })),
        fc.constantFrom('Bearer not-a-jwt', 'Bearer ', 'Basic YTpi', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZXMiOlsiYWRtaW4iXX0.').map((value): Auth => ({ kind: 'garbage', value })),
      ),
      contentType: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'application/jsonx'),
      idempotencyKey: fc.option(fc.uuid(), { freq: 3, nil: undefined }),
      badIdempotencyKey: fc.constantFrom('x'.repeat(300), '\u00e9t\u00e9', '', ' '),
    })
    .map((r): Draft => {
      const path = [...r.path];
      if (r.focus === 'path' && path.length > 0) path[r.badPath[0] % path.length] = r.badPath[1];
      const badBody = r.focus === 'body' ? r.badBody : undefined;
      const bodyValue = r.body === undefined ? undefined : badBody && 'kind' in badBody ? mutate(r.body, badBody) : r.body;
      return {
        op,
        path,
        query: r.focus === 'query' ? r.badQuery : r.query,
        body:
          bodyValue === undefined && !(badBody && 'raw' in badBody)
            ? undefined
            : { value: bodyValue ?? null, raw: badBody && 'raw' in badBody ? badBody.raw : undefined, contentType: r.focus === 'headers' ? r.contentType : 'application/json' },
        auth: r.focus === 'auth' ? r.badAuth : { kind: 'token', pick: r.token },
        idempotencyKey: r.focus === 'headers' ? r.badIdempotencyKey : r.idempotencyKey,
      };
    });
}

/** Paths the document does not list: unknown routes, traversal, encodings a router must survive. */
const oddRequest: fc.Arbitrary<FuzzRequest> = fc
  .record({
    method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
    url: fc.constantFrom(
      '/v1/%00',
      '/v1/../docs',
      '//v1//',
      '/v1/%ED%A0%80',
      '/v1/%FF%FE',
      `/v1/${'a'.repeat(3000)}`,
      '/v1?%00=%00',
      '/health/../v1',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/v1/unknown?x[y][z]=1',
      '/docs-json?%',
      '/metrics/%00',
    ),
  })
  .map(({ method, url }) => ({ method, url, headers: {}, label: `${method} ${url.slice(0, 60)}` }));

function build(draft: Draft, tokens: Record<string, string>, ids: IdPool): FuzzRequest {
  const { op } = draft;
  let url = op.path;
  op.pathParams.forEach((p, i) => {
    const v = draft.path[i];
    const text =
      v.kind === 'raw'
        ? v.value
        : v.kind === 'known'
          ? encode(((known) => (v.poison === undefined ? known : poison(known, v.poison)))(ids.pick(collectionOf(op.path, op.path.indexOf(`{${p.name}}`)), v.pick) ?? '00000000-0000-7000-8000-000000000000'))
          : encode(queryValue(v.value));
    url = url.replace(`{${p.name}}`, text === '' ? '%20' : text);
  });
  const query = draft.query.flatMap((q) => q.values.map((v) => `${encode(q.name)}=${q.raw ? queryValue(v) : encode(queryValue(v))}`)).join('&');
  if (query) url += `?${query}`;
  const headers: Record<string, string> = {};
  if (draft.auth.kind === 'garbage') headers.authorization = draft.auth.value;
  if (draft.auth.kind === 'token' || draft.auth.kind === 'wrong-role') {
    // A token of a role the operation takes (x-required-roles), or on purpose one it does not.
    const all = Object.entries(tokens);
    const allowed = all.filter(([label]) => !op.roles || op.roles.includes(label));
    const pool = draft.auth.kind === 'token' ? allowed : all.filter((t) => !allowed.includes(t));
    const chosen = (pool.length > 0 ? pool : all)[draft.auth.pick % Math.max(1, (pool.length > 0 ? pool : all).length)];
    if (chosen) headers.authorization = `Bearer ${chosen[1]}`;
  }
  if (draft.idempotencyKey !== undefined) headers['idempotency-key'] = draft.idempotencyKey;
  let payload: string | undefined;
  if (draft.body) {
    headers['content-type'] = draft.body.contentType;
    payload = draft.body.raw ?? JSON.stringify(draft.body.value);
  }
  return { method: op.method, url, headers, payload, label: op.label };
}

// ---------------------------------------------------------------------------------------------------------
// What a refused request must leave alone

async function tableCounter(client: Client, ignore: string[]): Promise<() => Promise<Record<string, number>>> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) AS name FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  );
  const tables = rows.map((r) => r.name).filter((t) => !ignore.some((i) => t === i || t.endsWith(`.${i}`)));
  const sql = `SELECT ${tables.map((t, i) => `(SELECT count(*) FROM ${t})::int AS c${i}`).join(', ')}`;
  return async () => {
    if (tables.length === 0) return {};
    const [row] = (await client.query(sql)).rows;
    return Object.fromEntries(tables.map((t, i) => [t, row[`c${i}`] as number]));
  };
}

const changed = (before: Record<string, number>, after: Record<string, number>) =>
  Object.keys({ ...before, ...after })
    .filter((t) => before[t] !== after[t])
    .map((t) => `${t}: ${before[t]} -> ${after[t]}`);

/**
 * Nothing is left to happen in the background: every outbox row is published and no durable timer is due (a
 * request may schedule one in the past, e.g. a deadline from a fuzzed date). Then a later refused request is the
 * only thing that could change a row or the stream.
 */
async function quietCheck(client: Client): Promise<() => Promise<boolean>> {
  const { rows: timers } = await client.query(`SELECT to_regclass('platform_timer') IS NOT NULL AS present`);
  const dueTimers = timers[0].present ? `(SELECT count(*) FROM platform_timer WHERE fired_at IS NULL AND dead_at IS NULL AND next_run_at <= now())::int` : '0';
  const sql = `SELECT (SELECT count(*) FROM messaging_outbox WHERE sent_at IS NULL)::int + ${dueTimers} AS n`;
  return async () => (await client.query(sql)).rows[0].n === 0;
}

async function streamMessages(jsm: JetStreamManager, stream: string): Promise<number> {
  try {
    return (await jsm.streams.info(stream)).state.messages;
  } catch {
    return 0; // the stream is created on the first publish at the latest
  }
}

const describeRequest = (r: FuzzRequest) => `${r.method} ${r.url.length > 300 ? `${r.url.slice(0, 300)}...` : r.url}${r.payload !== undefined ? ` body ${r.payload.length > 300 ? `${r.payload.slice(0, 300)}...` : r.payload}` : ''} (auth: ${r.headers.authorization ? r.headers.authorization.slice(0, 16) : 'none'}, content-type: ${r.headers['content-type'] ?? 'none'})`;

/** One development token per role (a customer's with a customer id of its own), for `tokens`. */
export async function roleTokens(secret: string, roles: Role[]): Promise<Record<string, string>> {
  const signed = await Promise.all(
    roles.map(async (role) => [role, await signDevToken({ role, sub: `fuzz-${role}`, secret, issuer: 'aftersales', audience: 'aftersales-api', ...(role === 'customer' ? { customerId: randomUUID() } : {}) })] as const),
  );
  return Object.fromEntries(signed);
}

/**
 * Runs the fuzz against a service that is up (migrated, connected). Throws on the first broken property with the
 * request and the seed to replay it (FUZZ_SEED=<seed>).
 */
export async function fuzzOpenApi(options: OpenApiFuzzOptions): Promise<FuzzReport> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : (options.seed ?? 8);
  const numRuns = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : (options.numRuns ?? 250);
  const fastify = options.app.getHttpAdapter().getInstance();
  const documentResponse = await fastify.inject({ method: 'GET', url: options.documentUrl ?? '/docs-json' });
  if (documentResponse.statusCode !== 200) throw new Error(`No OpenAPI document at ${options.documentUrl ?? '/docs-json'}: ${documentResponse.statusCode}`);
  // `servers` is ignored: it names where the API is reached from outside (an Ingress prefix), not the app's routes.
  const document = JSON.parse(documentResponse.body) as Schema;
  const resolve = resolver(document);
  const operations = operationsOf(document, options.skip ?? []);
  if (operations.length === 0) throw new Error('The OpenAPI document lists no operations');
  const tokens = options.tokens;
  const ids = new IdPool();

  const client = new Client({ connectionString: options.databaseUrl });
  await client.connect();
  let nc: NatsConnection | undefined;
  const report: FuzzReport = { seed, requests: 0, operations: operations.length, byStatus: {}, succeeded: [] };
  try {
    nc = await connect({ servers: options.natsUrl });
    const jsm = await jetstreamManager(nc);
    const stream = wireStreamName(options.namespace, options.service);
    const counts = await tableCounter(client, options.ignoreTables ?? []);
    const outboxRows = async () => (await client.query(`SELECT count(*)::int AS n FROM messaging_outbox`)).rows[0].n as number;
    const quiet = await quietCheck(client);
    const settle = () => waitFor(quiet, { timeoutMs: 15_000, what: 'the outbox to be published and no timer to be due' });
    await settle();
    const startOutbox = await outboxRows();
    const startStream = await streamMessages(jsm, stream);
    const succeeded = new Set<string>();

    const request = fc.oneof(
      { weight: 20, arbitrary: fc.oneof(...operations.map((op) => draftFor(op, resolve))).map((d) => ({ draft: d })) },
      { weight: 1, arbitrary: oddRequest.map((odd) => ({ odd })) },
    );
    const property = fc.asyncProperty(request, async (generated) => {
      const req = 'odd' in generated ? generated.odd : build(generated.draft, tokens, ids);
      const before = await counts();
      const eventsBefore = await streamMessages(jsm, stream);
      const res = await fastify.inject({ method: req.method, url: req.url, headers: req.headers, payload: req.payload });
      report.requests++;
      if (process.env.FUZZ_DEBUG) process.stdout.write(`FUZZ ${res.statusCode} ${describeRequest(req).slice(0, 400)} -> ${res.body.slice(0, 200)}\n`);
      const statusClass = `${Math.floor(res.statusCode / 100)}xx`;
      report.byStatus[res.statusCode] = (report.byStatus[res.statusCode] ?? 0) + 1;
      const problem = (message: string) => new Error(`${message}\n  request: ${describeRequest(req)}\n  answer: ${res.statusCode} ${res.body.slice(0, 500)}\n  seed: ${seed} (FUZZ_SEED=${seed} replays it)`);
      if (res.statusCode >= 500) throw problem(`${req.label} answered ${res.statusCode}`);
      if (statusClass === '4xx') {
        if (req.method !== 'HEAD' && !/^application\/problem\+json/.test(String(res.headers['content-type']))) throw problem(`${req.label}: a ${res.statusCode} that is not problem+json`);
        const diff = changed(before, await counts());
        if (diff.length > 0) throw problem(`${req.label} was refused with ${res.statusCode} but changed rows (${diff.join(', ')})`);
        const eventsAfter = await streamMessages(jsm, stream);
        if (eventsAfter !== eventsBefore) throw problem(`${req.label} was refused with ${res.statusCode} but ${eventsAfter - eventsBefore} event(s) reached the stream`);
      } else {
        if (statusClass === '2xx') succeeded.add(req.label);
        ids.add('draft' in generated ? generated.draft.op : undefined, res.body);
        // What an accepted request wrote is published before the next request, so its events are not the next one's.
        await settle();
      }
    });
    await fc.assert(property, { seed, numRuns, endOnFailure: true, interruptAfterTimeLimit: process.env.FUZZ_TIME_LIMIT_MS ? Number(process.env.FUZZ_TIME_LIMIT_MS) : (options.timeLimitMs ?? 20_000), markInterruptAsFailure: false });

    await settle();
    const published = (await streamMessages(jsm, stream)) - startStream;
    const written = (await outboxRows()) - startOutbox;
    if (published !== written) throw new Error(`The stream got ${published} event(s) during the run, the outbox has ${written} new row(s) (seed ${seed})`);
    report.succeeded = [...succeeded].sort();
    if (process.env.FUZZ_VERBOSE) process.stdout.write(`${options.service} fuzz: ${JSON.stringify(report)}\n`);
    return report;
  } finally {
    await client.end();
    await nc?.drain();
  }
}
