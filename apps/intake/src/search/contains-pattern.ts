/**
 * An `ILIKE` pattern that finds `text` anywhere, with the caller's `%`, `_` and `\` taken literally. Used with
 * pg_trgm GIN indexes, which serve ILIKE for any script, Chinese included (故障现象 are mostly written in Chinese).
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The digits of a phone number as people type it (`+86 10 5555-0101`), for matching however it was stored. */
export function phoneDigits(text: string): string {
  return text.replace(/\D/g, '');
}
