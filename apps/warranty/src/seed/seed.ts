/** Walking-skeleton reference data (npm run seed): PX-2000 with a 12-month warranty, one unit in and one out of it. */
import { DateTime } from 'luxon';
import { v7 as uuidv7 } from 'uuid';
import { seedCommand } from '@aftersales/platform-service-defaults';
import { ProductModelEntity, UnitEntity } from '../installed-base/infrastructure/installed-base.entities';
import { warrantyService } from '../warranty.service-definition';

seedCommand(warrantyService, async (ds) => {
  // "N days ago" in the zone warranty days are counted in, so the units sit where intended whatever the server's zone.
  const zone = process.env.WARRANTY_TIME_ZONE || 'Asia/Shanghai';
  const daysAgo = (days: number) => DateTime.now().setZone(zone).minus({ days }).toISODate() as string;
  const now = new Date();
  // Re-running updates the reference data but keeps each row's id and creation time.
  await ds
    .createQueryBuilder()
    .insert()
    .into(ProductModelEntity)
    .values({
      id: uuidv7(),
      code: 'PX-2000',
      name: 'PX-2000 industrial printer',
      warrantyMonths: 12,
      startBasis: 'purchase',
      coverage: { parts: true, labour: true, onSite: true, travel: false },
      createdAt: now,
    })
    .orUpdate(['name', 'warranty_months', 'start_basis', 'coverage'], ['code'])
    .execute();
  const units = [
    { serialNumber: 'SN-PX2000-0001', purchaseDate: daysAgo(60), proofType: 'warranty-card' as const },
    { serialNumber: 'SN-PX2000-0099', purchaseDate: daysAgo(400), proofType: 'invoice' as const },
  ];
  await ds
    .createQueryBuilder()
    .insert()
    .into(UnitEntity)
    .values(units.map((u) => ({ ...u, id: uuidv7(), modelCode: 'PX-2000', customerId: null, deliveryDate: null, acceptanceDate: null, createdAt: now })))
    .orUpdate(['model_code', 'customer_id', 'purchase_date', 'delivery_date', 'acceptance_date', 'proof_type'], ['serial_number'])
    .execute();
  return `product model PX-2000 (12 months from purchase; parts, labour, on-site); units ${units
    .map((u) => `${u.serialNumber} (purchased ${u.purchaseDate}, ${u.proofType})`)
    .join(', ')}`;
});
