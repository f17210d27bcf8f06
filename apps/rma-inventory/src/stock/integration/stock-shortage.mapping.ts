import { StockShortageClearedV1Data, StockShortageDetectedV1Data } from '@aftersales/contracts-rma-inventory';

interface Level {
  on_hand: number;
  reserved: number;
  min_level: number;
}

/** stock.shortage-detected.v1: available below the minimum, and how many would bring it back (R-RMA-5). */
export function shortageDetectedData(warehouseCode: string, partNumber: string, critical: boolean, level: Level, at: Date): StockShortageDetectedV1Data {
  const available = level.on_hand - level.reserved;
  return {
    warehouseCode,
    partNumber,
    critical,
    onHand: level.on_hand,
    reserved: level.reserved,
    available,
    minimum: level.min_level,
    shortfall: level.min_level - available,
    detectedAt: at.toISOString(),
  };
}

/** stock.shortage-cleared.v1: back at or above the minimum. */
export function shortageClearedData(warehouseCode: string, partNumber: string, level: Level, at: Date): StockShortageClearedV1Data {
  return { warehouseCode, partNumber, available: level.on_hand - level.reserved, minimum: level.min_level, clearedAt: at.toISOString() };
}
