/**
 * R-IG-4: an endpoint that asks for order gets the events of one aggregate one after the other: a delivery waits
 * while an earlier one of the same aggregate is still being tried. Unordered endpoints get each at once.
 */
export const DELIVERY_STATUSES = ['waiting', 'pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export function initialStatus(ordered: boolean, earlierUnfinishedOfAggregate: boolean): DeliveryStatus {
  return ordered && earlierUnfinishedOfAggregate ? 'waiting' : 'pending';
}

export function isFinished(status: DeliveryStatus): boolean {
  return status === 'delivered' || status === 'failed';
}
