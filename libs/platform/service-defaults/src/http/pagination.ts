import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { z } from 'zod';

/** `?limit=&cursor=` of every list endpoint (docs/architecture.md: lists use cursor pagination). */
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.uuid().optional().describe('nextCursor of the previous page'),
};

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Newest first by `<alias>.id`. Ids are UUIDv7, so id order is creation order and the last id of a page is a
 * stable cursor, unaffected by rows inserted meanwhile.
 */
export async function paginate<E extends ObjectLiteral & { id: string }, V>(
  qb: SelectQueryBuilder<E>,
  page: { limit: number; cursor?: string },
  view: (row: E) => V,
): Promise<Page<V>> {
  const alias = qb.alias;
  qb.orderBy(`${alias}.id`, 'DESC').take(page.limit + 1);
  if (page.cursor) qb.andWhere(`${alias}.id < :cursor`, { cursor: page.cursor });
  const rows = await qb.getMany();
  const items = rows.slice(0, page.limit);
  return { items: items.map(view), nextCursor: rows.length > page.limit ? items[items.length - 1].id : null };
}
