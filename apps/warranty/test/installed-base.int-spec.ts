/** The administrators' installed base: product models with their warranty policy and registered units (R-WA-1, R-WA-5). */
import { randomUUID } from 'node:crypto';
import { Role } from '@aftersales/platform-auth';
import { ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { warrantyService } from '../src/warranty.service-definition';


describe('warranty: product models and units', () => {
  let t: ServiceUnderTest;
  const http = async (method: 'GET' | 'POST', url: string, payload?: object, headers: Record<string, string> = {}, role: Role = 'admin') => {
    const res = await t.http(method, url, { token: await t.token(role), body: payload, headers });
    return { status: res.status, body: res.body, contentType: res.headers['content-type'] };
  };
  const model = (code: string, over: Record<string, unknown> = {}) => ({
    code,
    name: `${code} printer`,
    warrantyMonths: 36,
    startBasis: 'acceptance',
    coverage: { parts: true, labour: true, onSite: false, travel: true },
    ...over,
  });
  const counts = async () =>
    (await t.query(`SELECT (SELECT count(*) FROM product_models)::int AS models, (SELECT count(*) FROM units)::int AS units`))[0];

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: warrantyService, appModule: AppModule });
  });

  afterAll(() => t?.close());

  it('registers a product model once; a retry with the same Idempotency-Key gets the first answer; the same code again is a 409', async () => {
    const key = { 'idempotency-key': randomUUID() };
    const created = await http('POST', '/v1/product-models', model('MX-100'), key);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), code: 'MX-100', warrantyMonths: 36, startBasis: 'acceptance', coverage: { onSite: false, travel: true } });
    const retried = await http('POST', '/v1/product-models', model('MX-100'), key);
    expect(retried).toMatchObject({ status: 201, body: created.body });
    const duplicate = await http('POST', '/v1/product-models', model('MX-100', { name: 'another' }));
    expect(duplicate.status).toBe(409);
    expect(duplicate.contentType).toMatch(/^application\/problem\+json/);
    expect(duplicate.body).toMatchObject({ code: 'WARRANTY.PRODUCT_MODEL_EXISTS' });
    expect((await http('GET', '/v1/product-models/MX-100')).body).toEqual(created.body);
    expect((await http('GET', '/v1/product-models/NOPE')).status).toBe(404);
  });

  it('refuses bad product models and non-admins, changing nothing', async () => {
    const before = await counts();
    expect((await http('POST', '/v1/product-models', model('MX-200', { warrantyMonths: -1 }))).status).toBe(400);
    expect((await http('POST', '/v1/product-models', model('MX-200', { startBasis: 'invoice' }))).status).toBe(400);
    expect((await http('POST', '/v1/product-models', model('MX-200', { coverage: { parts: true } }))).status).toBe(400);
    expect((await http('POST', '/v1/product-models', model('MX 200'))).status).toBe(400);
    expect((await http('POST', '/v1/product-models', { ...model('MX-200'), discount: 1 })).status).toBe(400);
    expect((await http('POST', '/v1/product-models', model('MX-200'), {}, 'agent')).status).toBe(403);
    expect((await http('GET', '/v1/product-models', undefined, {}, 'customer')).status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('registers units of a known model only, once per serial, and lists them newest first with a cursor', async () => {
    await http('POST', '/v1/product-models', model('UX-1', { startBasis: 'purchase' }));
    const owner = randomUUID();
    const a = await http('POST', '/v1/units', { serialNumber: 'UX1-A', productModel: 'UX-1', customerId: owner, purchaseDate: '2026-01-10', proofType: 'invoice' });
    expect(a.status).toBe(201);
    expect(a.body).toEqual({
      id: expect.any(String),
      serialNumber: 'UX1-A',
      productModel: 'UX-1',
      customerId: owner,
      purchaseDate: '2026-01-10',
      deliveryDate: null,
      acceptanceDate: null,
      proofType: 'invoice',
      createdAt: expect.any(String),
    });
    const b = await http('POST', '/v1/units', { serialNumber: 'UX1-B', productModel: 'UX-1', deliveryDate: '2026-02-01', proofType: 'none' });
    expect(b.status).toBe(201);
    const before = await counts();
    const unknown = await http('POST', '/v1/units', { serialNumber: 'UX1-C', productModel: 'NOPE', proofType: 'none' });
    expect(unknown).toMatchObject({ status: 422, body: { code: 'WARRANTY.UNKNOWN_PRODUCT_MODEL' } });
    expect((await http('POST', '/v1/units', { serialNumber: 'UX1-A', productModel: 'UX-1', proofType: 'none' })).body).toMatchObject({ status: 409, code: 'WARRANTY.UNIT_EXISTS' });
    expect((await http('POST', '/v1/units', { serialNumber: 'UX1-D', productModel: 'UX-1', proofType: 'receipt' })).status).toBe(400);
    expect((await http('POST', '/v1/units', { serialNumber: 'UX1-D', productModel: 'UX-1', proofType: 'none', purchaseDate: '2026-02-30' })).status).toBe(400);
    expect(await counts()).toEqual(before);

    const page1 = await http('GET', '/v1/units?productModel=UX-1&limit=1');
    expect(page1.body).toEqual({ items: [b.body], nextCursor: b.body.id });
    const page2 = await http('GET', `/v1/units?productModel=UX-1&limit=1&cursor=${page1.body.nextCursor}`);
    expect(page2.body).toEqual({ items: [a.body], nextCursor: null });
    expect((await http('GET', `/v1/units?customerId=${owner}`)).body.items).toEqual([a.body]);
    expect((await http('GET', '/v1/units/UX1-B')).body).toEqual(b.body);
    expect((await http('GET', '/v1/units/UX1-Z')).status).toBe(404);
  });

  it('documents its routes and response shapes in OpenAPI', async () => {
    const doc = (await t.inject('GET', '/docs-json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/v1/product-models',
        '/v1/product-models/{code}',
        '/v1/units',
        '/v1/units/{serialNumber}',
        '/v1/units/imports',
        '/v1/units/{serialNumber}/transfers',
        '/v1/units/{serialNumber}/ownership',
        '/v1/entitlements',
        '/v1/entitlement-decisions',
        '/v1/entitlement-decisions/{id}',
        '/v1/entitlement-decisions/{id}/evidence',
        '/v1/service-contracts',
        '/v1/service-contracts/{id}',
        '/v1/price-lists',
        '/v1/price-lists/{code}',
        '/v1/service-packages',
        '/v1/quotes',
        '/v1/quotes/{id}',
        '/v1/warranty-claims',
        '/v1/warranty-claims/{id}',
        '/v1/warranty-claims/{id}/decision',
      ]),
    );
    // Request bodies are documented from the same zod schemas that validate them.
    expect(doc.paths['/v1/quotes'].post.requestBody.content['application/json'].schema).toBeDefined();
    expect(doc.paths['/v1/units'].post.responses['201'].content['application/json'].schema).toBeDefined();
  });
});
