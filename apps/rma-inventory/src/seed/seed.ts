/** Walking-skeleton reference data (npm run seed): warehouse CENTRAL with 10 PSU-500W power supplies. */
import { seedCommand } from '@aftersales/platform-service-defaults';
import { rmaInventoryService } from '../rma-inventory.service-definition';

seedCommand(rmaInventoryService, (ds) =>
  ds.transaction(async (m) => {
    await m.query(`INSERT INTO warehouses (code, name, kind, region) VALUES ('CENTRAL', 'Central spare-parts warehouse', 'central', NULL) ON CONFLICT DO NOTHING`);
    await m.query(`INSERT INTO spare_parts (part_number, description, critical) VALUES ('PSU-500W', '500 W power supply unit', true) ON CONFLICT DO NOTHING`);
    // The opening receipt is booked once, so re-seeding does not add stock.
    const [opening] = await m.query(`SELECT 1 FROM stock_ledger WHERE warehouse_code = 'CENTRAL' AND part_number = 'PSU-500W' AND reason = 'receipt' LIMIT 1`);
    if (!opening) {
      await m.query(`INSERT INTO stock_levels (warehouse_code, part_number, on_hand) VALUES ('CENTRAL', 'PSU-500W', 10)`);
      await m.query(
        `INSERT INTO stock_ledger (id, warehouse_code, part_number, quantity_delta, reason, on_hand_after, actor, note, at)
         VALUES (gen_random_uuid(), 'CENTRAL', 'PSU-500W', 10, 'receipt', 10, 'seed', 'opening stock', now())`,
      );
    }
    return 'warehouse CENTRAL, spare part PSU-500W (opening receipt of 10)';
  }),
);
