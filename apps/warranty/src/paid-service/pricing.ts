import { EntityManager } from 'typeorm';
import { PackageCover, Quote, UnknownPartError, priceQuote } from './domain/quote.policy';
import { PriceListEntity } from './infrastructure/paid-service.entities';
import { priceListNotFound, unknownParts } from './paid-service.errors';

export interface WorkDone {
  parts: { partNumber: string; quantity: number }[];
  labourMinutes: number;
  onSite: boolean;
}

/** Prices the work on a stored price list with the pure R-DS-7 rule; a part not on the list is a 422. */
export async function priceWork(m: EntityManager, priceListCode: string, work: WorkDone, servicePackage: PackageCover | null): Promise<{ list: PriceListEntity; quote: Quote }> {
  const list = await m.getRepository(PriceListEntity).findOneBy({ code: priceListCode });
  if (!list) throw priceListNotFound(priceListCode);
  try {
    return { list, quote: priceQuote({ priceList: list, parts: work.parts, labourMinutes: work.labourMinutes, onSite: work.onSite, servicePackage }) };
  } catch (error) {
    if (error instanceof UnknownPartError) throw unknownParts(error.partNumbers, priceListCode);
    throw error;
  }
}
