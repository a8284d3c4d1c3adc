import { OPERATION_BYTES, utf8Length } from "./payloadSize";

/** A block of sheet rows written in one request: [firstRow, endRow); it may be empty. */
export interface RowChunk {
  readonly firstRow: number;
  readonly endRow: number;
}

/** Requests a summary write always takes: a 10,000-row table in formulas mode (about 5 MB) fits in two. */
export const WRITE_REQUESTS = 2;

/**
 * Splits the rows of a sheet into `minChunks` consecutive blocks of about equal size (so that the
 * number of requests, and of syncs, is the same for 10 rows and for 10,000), or into more when that
 * is needed to keep each block, with its two write operations (number formats, then values or
 * formulas), within `budget` bytes. `fixedBytes` is what the first request also carries (adding the
 * sheet), `tailBytes` what the last carries (formats, widths, activation). Rows are never split.
 */
export function planChunks(
  rowBytes: readonly number[],
  budget: number,
  fixedBytes: number,
  tailBytes: number,
  minChunks: number = WRITE_REQUESTS,
): RowChunk[] {
  const opening = 2 * OPERATION_BYTES;
  const total = rowBytes.reduce((sum, bytes) => sum + bytes, 0);
  for (let count = Math.max(1, minChunks); ; count++) {
    const chunks = splitEvenly(rowBytes, total, count);
    const fits = chunks.every((chunk, index) => {
      let bytes = opening;
      for (let row = chunk.firstRow; row < chunk.endRow; row++) bytes += rowBytes[row] ?? 0;
      if (index === 0) bytes += fixedBytes;
      if (index === chunks.length - 1) bytes += tailBytes;
      return bytes <= budget || chunk.endRow - chunk.firstRow <= 1;
    });
    if (fits) return chunks;
  }
}

/** `count` consecutive blocks, cut where the running total passes each k/count of the bytes. */
function splitEvenly(rowBytes: readonly number[], total: number, count: number): RowChunk[] {
  const chunks: RowChunk[] = [];
  let firstRow = 0;
  let running = 0;
  let row = 0;
  for (let k = 1; k < count; k++) {
    const target = (total * k) / count;
    while (row < rowBytes.length && running + (rowBytes[row] ?? 0) / 2 <= target) {
      running += rowBytes[row] ?? 0;
      row++;
    }
    chunks.push({ firstRow, endRow: row });
    firstRow = row;
  }
  chunks.push({ firstRow, endRow: rowBytes.length });
  return chunks;
}

/** Estimated bytes one row adds to a request: its cells and its number formats as JSON array items. */
export function rowPayloadBytes(cells: readonly unknown[], formats: readonly string[]): number {
  return utf8Length(JSON.stringify(cells)) + utf8Length(JSON.stringify(formats)) + 2;
}
