import { DomainError } from '@aftersales/platform-service-defaults';

/** What is available where, given with every refusal for lack of stock (R-RMA-5). */
export interface AvailableWhere {
  warehouseCode: string;
  partNumber: string;
  available: number;
}

export const warehouseNotFound = (code: string) => new DomainError('RMA.WAREHOUSE_NOT_FOUND', `Warehouse ${code} not found`, 404);
export const warehouseInactive = (code: string) => new DomainError('RMA.WAREHOUSE_INACTIVE', `Warehouse ${code} is closed: it takes no stock movement`, 409);
export const partNotFound = (partNumber: string) => new DomainError('RMA.PART_NOT_FOUND', `Spare part ${partNumber} is not in the catalogue`, 404);
export const partInactive = (partNumber: string) => new DomainError('RMA.PART_INACTIVE', `Spare part ${partNumber} is withdrawn from the catalogue`, 409);
export const unknownSubstitute = (partNumber: string) => new DomainError('RMA.UNKNOWN_SUBSTITUTE', `Substitute ${partNumber} is not in the catalogue`, 422);
export const substituteOfItself = (partNumber: string) => new DomainError('RMA.SUBSTITUTE_OF_ITSELF', `${partNumber} cannot be its own substitute`, 400);
export const serialisedChangeWithStock = (partNumber: string) =>
  new DomainError('RMA.SERIALISED_CHANGE_WITH_STOCK', `${partNumber} has stock on hand: serialised or bulk changes only while none is held`, 409);
export const invalidCalendar = (problems: string[]) => new DomainError('RMA.INVALID_CALENDAR', `The calendar is not valid: ${problems.join('; ')}`, 400, { problems });
export const invalidTimeZone = (zone: string) => new DomainError('RMA.INVALID_TIME_ZONE', `${zone} is not an IANA time zone`, 400);
export const vanNeedsEngineer = () => new DomainError('RMA.VAN_NEEDS_ENGINEER', 'An engineer van names its engineer (engineerId)', 400);
export const branchNeedsRegion = () => new DomainError('RMA.BRANCH_NEEDS_REGION', 'A branch warehouse names its region', 400);

/** R-RMA-5: stock is never negative; the refusal says what is available where, so the caller can choose. */
export const stockUnavailable = (partNumber: string, quantity: number, availableWhere: AvailableWhere[]) =>
  new DomainError(
    'RMA.STOCK_UNAVAILABLE',
    availableWhere.length === 0
      ? `No ${partNumber} (nor a substitute) available for ${quantity} in any warehouse`
      : `Not ${quantity} of ${partNumber} available where asked; available: ${availableWhere.map((a) => `${a.available} ${a.partNumber} at ${a.warehouseCode}`).join(', ')}`,
    409,
    { partNumber, quantity, availableWhere },
  );
export const badQuantity = (quantity: number) => new DomainError('RMA.BAD_QUANTITY', `A quantity is a whole number of at least 1, not ${quantity}`, 400);
export const needsWhere = () => new DomainError('RMA.RESERVATION_NEEDS_WAREHOUSE', 'Name a warehouseCode or nearTo.region, not both', 400);

export const reservationNotFound = (id: string) => new DomainError('RMA.RESERVATION_NOT_FOUND', `Reservation ${id} not found`, 404);
export const reservationNotActive = (id: string, status: string) => new DomainError('RMA.RESERVATION_NOT_ACTIVE', `Reservation ${id} is ${status}`, 409);
export const releaseTooMany = (quantity: number, held: number) =>
  new DomainError('RMA.RELEASE_EXCEEDS_RESERVATION', `Cannot release ${quantity}: the reservation holds ${held}`, 409);
export const holdNotDrawable = () => new DomainError('RMA.HOLD_NOT_ISSUABLE', 'A contract hold is not issued directly: reserve for a case of that contract first', 409);

export const serialsRequired = (partNumber: string, quantity: number) =>
  new DomainError('RMA.SERIALS_REQUIRED', `${partNumber} is serialised: name ${quantity} serial number(s), one per unit`, 400);
export const serialsNotExpected = (partNumber: string) => new DomainError('RMA.SERIALS_NOT_EXPECTED', `${partNumber} is bulk stock: it has no serial numbers`, 400);
export const serialNotFound = (serial: string) => new DomainError('RMA.SERIAL_NOT_FOUND', `Serial number ${serial} is not known`, 404);
export const serialExists = (serial: string) => new DomainError('RMA.SERIAL_EXISTS', `Serial number ${serial} is already known`, 409);
export const serialNotHere = (serial: string, where: string) => new DomainError('RMA.SERIAL_NOT_AVAILABLE', `Serial number ${serial} is not available here: ${where}`, 409);

export const transferNotFound = (id: string) => new DomainError('RMA.TRANSFER_NOT_FOUND', `Transfer ${id} not found`, 404);
export const transferAlreadyReceived = (id: string) => new DomainError('RMA.TRANSFER_ALREADY_RECEIVED', `Transfer ${id} was received already`, 409);
export const transferToItself = () => new DomainError('RMA.TRANSFER_TO_ITSELF', 'A transfer goes to another warehouse', 400);
export const countBelowReserved = (partNumber: string, counted: number, reserved: number) =>
  new DomainError('RMA.COUNT_BELOW_RESERVED', `Counted ${counted} of ${partNumber} but ${reserved} are reserved: release reservations first`, 409, { partNumber, counted, reserved });
export const duplicateLine = (partNumber: string) => new DomainError('RMA.DUPLICATE_LINE', `${partNumber} is listed twice`, 400);

export const loanNotFound = (id: string) => new DomainError('RMA.LOAN_NOT_FOUND', `Loan ${id} not found`, 404);
export const loanReturned = (id: string) => new DomainError('RMA.LOAN_ALREADY_RETURNED', `Loan ${id} was returned already`, 409);

/** PostgreSQL's unique violation, for "already exists" answers to a concurrent duplicate. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';
}
