import fc from 'fast-check';
import { UnitCsvError, checkUnitRows, parseUnitCsv } from './unit-import';

const HEADER = 'serialNumber,productModel,customerId,purchaseDate,deliveryDate,acceptanceDate,proofType';
const known = { productModels: new Set(['PX-2000']), registeredSerials: new Set(['SN-OLD']) };
const check = (csv: string) => checkUnitRows(parseUnitCsv(csv), known);

describe('unit CSV import (R-WA-5)', () => {
  it('given good rows, then each is registered with its line and empty cells as no value', () => {
    const { valid, rejected } = check(`${HEADER}\nSN-1,PX-2000,,2026-01-10,,,invoice\nSN-2,PX-2000,0192f3a0-7c1e-7c3a-9a4e-000000000001,,2026-02-01,2026-02-03,none\n`);
    expect(rejected).toEqual([]);
    expect(valid).toEqual([
      { line: 2, serialNumber: 'SN-1', productModel: 'PX-2000', customerId: null, purchaseDate: '2026-01-10', deliveryDate: null, acceptanceDate: null, proofType: 'invoice' },
      { line: 3, serialNumber: 'SN-2', productModel: 'PX-2000', customerId: '0192f3a0-7c1e-7c3a-9a4e-000000000001', purchaseDate: null, deliveryDate: '2026-02-01', acceptanceDate: '2026-02-03', proofType: 'none' },
    ]);
  });

  it('given bad rows, then each is reported by line and field and none of it is kept', () => {
    const { valid, rejected } = check(
      [HEADER, 'SN-1,PX-2000,,2026-02-30,,,invoice', 'SN-2,ZZ-9,,,,,none', 'SN-OLD,PX-2000,,,,,none', 'SN-3,PX-2000,not-a-uuid,,,,receipt', 'SN-4,PX-2000,,2026-03-01,2026-02-01,,invoice', 'SN-5,PX-2000,,,,,none', 'SN-5,PX-2000,,,,,none'].join('\n'),
    );
    expect(valid.map((r) => r.serialNumber)).toEqual(['SN-5']);
    expect(rejected).toEqual([
      { line: 2, serialNumber: 'SN-1', errors: [{ field: 'purchaseDate', message: expect.any(String) }] },
      { line: 3, serialNumber: 'SN-2', errors: [{ field: 'productModel', message: 'product model ZZ-9 is not registered' }] },
      { line: 4, serialNumber: 'SN-OLD', errors: [{ field: 'serialNumber', message: 'unit SN-OLD is already registered' }] },
      { line: 5, serialNumber: 'SN-3', errors: [{ field: 'customerId', message: expect.any(String) }, { field: 'proofType', message: expect.any(String) }] },
      { line: 6, serialNumber: 'SN-4', errors: [{ field: 'deliveryDate', message: 'is before the purchase date 2026-03-01' }] },
      { line: 8, serialNumber: 'SN-5', errors: [{ field: 'serialNumber', message: 'serial SN-5 already appears on line 7' }] },
    ]);
  });

  it('given a file without a required column, an unknown column, no rows or broken quoting, then the whole file is refused', () => {
    expect(() => parseUnitCsv('serialNumber,proofType\nSN-1,none')).toThrow(/missing column\(s\) productModel/);
    expect(() => parseUnitCsv(`${HEADER},discount\nSN-1,PX-2000,,,,,none,5`)).toThrow(/unknown column\(s\) discount/);
    expect(() => parseUnitCsv(HEADER)).toThrow(UnitCsvError);
    expect(() => parseUnitCsv(`${HEADER}\n"SN-1,PX-2000,,,,,none`)).toThrow(UnitCsvError);
    expect(() => parseUnitCsv(`${HEADER}\nSN-1,PX-2000,none`)).toThrow(UnitCsvError);
  });

  it('given any mix of good and bad rows, then every row is either registered or reported, once, by its own line', () => {
    const row = fc.record({ good: fc.boolean(), day: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (rows) => {
        const lines = rows.map((r, i) => (r.good ? `SN-${i},PX-2000,,2026-01-${String(r.day).padStart(2, '0')},,,invoice` : `SN-${i},PX-2000,,2026-13-${r.day},,,invoice`));
        const { valid, rejected } = check([HEADER, ...lines].join('\n'));
        expect(valid.map((v) => v.line)).toEqual(rows.flatMap((r, i) => (r.good ? [i + 2] : [])));
        expect(rejected.map((v) => v.line)).toEqual(rows.flatMap((r, i) => (r.good ? [] : [i + 2])));
      }),
    );
  });
});
