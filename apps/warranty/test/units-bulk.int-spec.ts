/**
 * Issue #4: the installed base at scale. 10,000 units from one CSV file with a report per bad row and nothing of a
 * bad row registered; ownership transfers that keep the history and the warranty (R-WA-5).
 */
import { randomUUID } from 'node:crypto';
import { Role } from '@aftersales/platform-auth';
import { ServiceUnderTest, startServiceUnderTest } from '@aftersales/platform-testing';
import { AppModule } from '../src/app.module';
import { warrantyService } from '../src/warranty.service-definition';

const HEADER = 'serialNumber,productModel,customerId,purchaseDate,deliveryDate,acceptanceDate,proofType';

describe('warranty: bulk unit import and ownership transfer', () => {
  let t: ServiceUnderTest;
  const http = async (method: 'GET' | 'POST', url: string, payload?: object, headers: Record<string, string> = {}, role: Role = 'admin') => {
    const res = await t.http(method, url, { token: await t.token(role), body: payload, headers });
    return { status: res.status, body: res.body, contentType: res.headers['content-type'] };
  };
  const counts = async () =>
    (await t.query(`SELECT (SELECT count(*) FROM units)::int AS units, (SELECT count(*) FROM unit_ownership)::int AS owners`))[0] as { units: number; owners: number };

  beforeAll(async () => {
    t = await startServiceUnderTest({ definition: warrantyService, appModule: AppModule });
    const model = { name: 'printer', warrantyMonths: 12, startBasis: 'purchase', coverage: { parts: true, labour: true, onSite: true, travel: false } };
    expect((await http('POST', '/v1/product-models', { code: 'PX-2000', ...model })).status).toBe(201);
    expect((await http('POST', '/v1/units', { serialNumber: 'SN-ALREADY', productModel: 'PX-2000', proofType: 'invoice' })).status).toBe(201);
  });

  afterAll(() => t?.close());

  it('imports 10,000 rows: the good ones registered in one go, each bad one reported by line and not registered at all', async () => {
    const owner = randomUUID();
    const lines: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const serial = `BULK-${String(i).padStart(6, '0')}`;
      lines.push(`${serial},PX-2000,${i % 10 === 0 ? owner : ''},2026-0${(i % 9) + 1}-15,,,${i % 2 ? 'invoice' : 'warranty-card'}`);
    }
    // Bad rows of every kind, at known lines (line = index + 2: the header is line 1).
    const bad: Record<number, string> = {
      17: 'BULK-000017,ZZ-9,,2026-01-15,,,invoice',
      1234: 'BULK-001234,PX-2000,,2026-02-30,,,invoice',
      2000: 'BULK-002000,PX-2000,,2026-01-15,,,receipt',
      4321: 'SN-ALREADY,PX-2000,,2026-01-15,,,invoice',
      5000: 'BULK-000001,PX-2000,,2026-01-15,,,invoice',
      7777: 'BULK-007777,PX-2000,not-a-uuid,2026-03-01,2026-02-01,,none',
      9999: ',PX-2000,,2026-01-15,,,invoice',
    };
    for (const [i, row] of Object.entries(bad)) lines[Number(i)] = row;
    const csv = [HEADER, ...lines].join('\n');
    const before = await counts();
    const key = { 'idempotency-key': randomUUID() };

    const started = Date.now();
    const report = await http('POST', '/v1/units/imports', { csv }, key);
    expect(report.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(report.body).toMatchObject({ rows: 10_000, registered: 9_993, rejected: 7 });
    expect(report.body.errors.map((e: { line: number }) => e.line)).toEqual(Object.keys(bad).map((i) => Number(i) + 2));
    const byLine = Object.fromEntries(report.body.errors.map((e: { line: number; errors: unknown[] }) => [e.line, e]));
    expect(byLine[19]).toEqual({ line: 19, serialNumber: 'BULK-000017', errors: [{ field: 'productModel', message: 'product model ZZ-9 is not registered' }] });
    expect(byLine[1236].errors).toEqual([{ field: 'purchaseDate', message: expect.any(String) }]);
    expect(byLine[4323].errors).toEqual([{ field: 'serialNumber', message: 'unit SN-ALREADY is already registered' }]);
    expect(byLine[5002].errors).toEqual([{ field: 'serialNumber', message: 'serial BULK-000001 already appears on line 3' }]);
    expect(byLine[7779].errors.map((e: { field: string }) => e.field)).toEqual(['customerId', 'deliveryDate']);
    expect(byLine[10001]).toMatchObject({ serialNumber: null, errors: [{ field: 'serialNumber' }] });

    const after = await counts();
    expect(after.units - before.units).toBe(9_993);
    // Every tenth row names an owner; two of those (lines 2002 and 5002) are bad rows.
    expect(after.owners - before.owners).toBe(998);
    const stored = await t.query(`SELECT serial_number FROM units WHERE serial_number = ANY($1)`, [['BULK-000017', 'BULK-001234', 'BULK-002000', 'BULK-007777']]);
    expect(stored).toEqual([]);
    // The first BULK-000001 stays as registered, its duplicate on line 5002 changed nothing.
    expect((await http('GET', '/v1/units/BULK-000001')).body).toMatchObject({ purchaseDate: '2026-02-15', proofType: 'invoice' });
    expect((await http('GET', '/v1/units/BULK-000010')).body).toMatchObject({ customerId: owner, purchaseDate: '2026-02-15', proofType: 'warranty-card' });

    // A retry with the same key gets the first report and registers nothing again.
    const retried = await http('POST', '/v1/units/imports', { csv }, key);
    expect(retried).toMatchObject({ status: 200, body: report.body });
    expect(await counts()).toEqual(after);
  });

  it('refuses the whole file in all-or-nothing mode when a row is bad, with the same per-row report', async () => {
    const before = await counts();
    const csv = [HEADER, 'AON-1,PX-2000,,2026-01-15,,,invoice', 'AON-2,PX-2000,,2026-13-01,,,invoice', 'AON-3,PX-2000,,,,,none'].join('\n');
    const refused = await http('POST', '/v1/units/imports', { csv, mode: 'all-or-nothing' });
    expect(refused.status).toBe(422);
    expect(refused.contentType).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'WARRANTY.UNIT_ROWS_REJECTED', errors: [{ line: 3, serialNumber: 'AON-2' }] });
    expect(await counts()).toEqual(before);
    const good = await http('POST', '/v1/units/imports', { csv: [HEADER, 'AON-1,PX-2000,,2026-01-15,,,invoice'].join('\n'), mode: 'all-or-nothing' });
    expect(good.body).toEqual({ rows: 1, registered: 1, rejected: 0, errors: [] });
  });

  it('refuses bad files and bad requests with a problem and changes nothing', async () => {
    const before = await counts();
    const cases: [object, number, Role?][] = [
      [{}, 400],
      [{ csv: '' }, 400],
      [{ csv: `${HEADER}\nX-1,PX-2000,,,,,none`, mode: 'some' }, 400],
      [{ csv: `${HEADER}\nX-1,PX-2000,,,,,none`, extra: true }, 400],
      [{ csv: 'serialNumber,proofType\nX-1,none' }, 400],
      [{ csv: `${HEADER},price\nX-1,PX-2000,,,,,none,1` }, 400],
      [{ csv: HEADER }, 400],
      [{ csv: `${HEADER}\n"X-1,PX-2000,,,,,none` }, 400],
      [{ csv: `${HEADER}\nX-1,PX-2000,,,,,none` }, 403, 'agent'],
    ];
    for (const [payload, status, role] of cases) {
      const res = await http('POST', '/v1/units/imports', payload, {}, role ?? 'admin');
      expect({ payload, status: res.status }).toEqual({ payload, status });
      expect(res.contentType).toMatch(/^application\/problem\+json/);
    }
    const notCsv = await http('POST', '/v1/units/imports', { csv: 'serialNumber,proofType\nX-1,none' });
    expect(notCsv.body).toMatchObject({ code: 'WARRANTY.BAD_UNIT_FILE', detail: expect.stringContaining('missing column(s) productModel') });
    expect(await counts()).toEqual(before);
  });

  it('transfers a unit from owner to owner, keeping every earlier owner and the warranty as it was', async () => {
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    expect((await http('POST', '/v1/units', { serialNumber: 'SN-T1', productModel: 'PX-2000', customerId: a, purchaseDate: '2026-06-01', proofType: 'warranty-card' })).status).toBe(201);
    const warrantyBefore = (await http('GET', '/v1/entitlements?serial=SN-T1&at=2026-12-01', undefined, {}, 'agent')).body;

    const toB = await http('POST', '/v1/units/SN-T1/transfers', { toCustomerId: b, transferredOn: '2026-09-01', note: 'sold to a dealer' }, {}, 'agent');
    expect(toB).toMatchObject({ status: 201, body: { serialNumber: 'SN-T1', fromCustomerId: a, toCustomerId: b, transferredOn: '2026-09-01', note: 'sold to a dealer' } });
    expect((await http('POST', '/v1/units/SN-T1/transfers', { toCustomerId: c, transferredOn: '2026-10-01' })).status).toBe(201);

    const history = await http('GET', '/v1/units/SN-T1/ownership');
    expect(history.body.items.map((o: { fromCustomerId: string | null; toCustomerId: string; transferredOn: string }) => [o.fromCustomerId, o.toCustomerId, o.transferredOn])).toEqual([
      [null, a, '2026-06-01'],
      [a, b, '2026-09-01'],
      [b, c, '2026-10-01'],
    ]);
    expect((await http('GET', '/v1/units/SN-T1')).body.customerId).toBe(c);
    const warrantyAfter = (await http('GET', '/v1/entitlements?serial=SN-T1&at=2026-12-01', undefined, {}, 'agent')).body;
    expect(warrantyAfter).toMatchObject({ inWarranty: true, warrantyStartsOn: warrantyBefore.warrantyStartsOn, warrantyEndsOn: warrantyBefore.warrantyEndsOn });
  });

  it('refuses bad transfers with a problem and keeps the history as it was', async () => {
    const owner = randomUUID();
    await http('POST', '/v1/units', { serialNumber: 'SN-T2', productModel: 'PX-2000', customerId: owner, purchaseDate: '2026-06-01', proofType: 'invoice' });
    await http('POST', '/v1/units/SN-T2/transfers', { toCustomerId: randomUUID(), transferredOn: '2026-08-01' });
    const before = await counts();
    const current = (await http('GET', '/v1/units/SN-T2')).body.customerId;
    const refusals: [string, object, number, string?, Role?][] = [
      ['SN-T2', { toCustomerId: current, transferredOn: '2026-09-01' }, 409, 'WARRANTY.SAME_OWNER'],
      ['SN-T2', { toCustomerId: randomUUID(), transferredOn: '2026-07-31' }, 422, 'WARRANTY.TRANSFER_OUT_OF_ORDER'],
      ['SN-NOWHERE', { toCustomerId: randomUUID(), transferredOn: '2026-09-01' }, 404, 'WARRANTY.UNIT_NOT_FOUND'],
      ['SN-T2', { toCustomerId: 'someone', transferredOn: '2026-09-01' }, 400],
      ['SN-T2', { toCustomerId: randomUUID(), transferredOn: '2026-09-31' }, 400],
      ['SN-T2', { toCustomerId: randomUUID() }, 400],
      ['SN-T2', { toCustomerId: randomUUID(), transferredOn: '2026-09-01', price: 1 }, 400],
      ['SN-T2', { toCustomerId: randomUUID(), transferredOn: '2026-09-01' }, 403, undefined, 'customer'],
    ];
    for (const [serial, payload, status, code, role] of refusals) {
      const res = await http('POST', `/v1/units/${serial}/transfers`, payload, {}, role ?? 'admin');
      expect({ payload, status: res.status }).toEqual({ payload, status });
      expect(res.contentType).toMatch(/^application\/problem\+json/);
      if (code) expect(res.body.code).toBe(code);
    }
    expect(await counts()).toEqual(before);
    expect((await http('GET', '/v1/units/SN-T2')).body.customerId).toBe(current);
    expect((await http('GET', '/v1/units/SN-NOWHERE/ownership')).status).toBe(404);
  });
});
