/** The words of the stock ledger (R-RMA-5), shared by the domain rules, the entities and the API. */
export const WAREHOUSE_KINDS = ['central', 'branch', 'van', 'depot'] as const;
export type WarehouseKind = (typeof WAREHOUSE_KINDS)[number];

/** Every movement is one ledger row with one of these reasons. */
export const LEDGER_REASONS = [
  'receipt',
  'issue',
  'transfer-out',
  'transfer-in',
  'reservation',
  'release',
  'customer-return',
  'supplier-return',
  'scrap',
  'adjustment',
  'loan-out',
  'loan-return',
] as const;
export type LedgerReason = (typeof LEDGER_REASONS)[number];

export type ReservationKind = 'reservation' | 'contract-hold';
export type ReservationStatus = 'active' | 'released' | 'issued';

export const SERIAL_STATUSES = ['in-stock', 'in-transit', 'with-customer', 'on-loan', 'faulty', 'scrapped', 'returned-to-supplier'] as const;
export type SerialStatus = (typeof SERIAL_STATUSES)[number];
