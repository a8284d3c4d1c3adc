import { OPERATION_BYTES, utf8Length } from "./payloadSize";

/** A block of sheet rows written in one request: [firstRow, endRow). */
export interface RowChunk {
  readonly firstRow: number;
  readonly endRow: number;
}

/**
 * Splits the rows of a sheet to write into as few consecutive blocks as possible such that each block,
 * with its two write operations (number formats, then values or formulas), stays within `budget`
 * bytes. `fixedBytes` is what the first request also carries (adding the sheet) and `tailBytes` what
 * the last carries (formats, widths, activation). Rows are never split; a row larger than the budget
 * on its own (impossible within Excel's cell limits at 4 MB) still gets a block of its own.
 */
export function planChunks(
  rowBytes: readonly number[],
  budget: number,
  fixedBytes: number,
  tailBytes: number,
): RowChunk[] {
  const chunks: RowChunk[] = [];
  const opening = 2 * OPERATION_BYTES;
  let firstRow = 0;
  let used = fixedBytes + opening;
  for (let row = 0; row < rowBytes.length; row++) {
    const bytes = rowBytes[row] ?? 0;
    if (row > firstRow && used + bytes > budget) {
      chunks.push({ firstRow, endRow: row });
      firstRow = row;
      used = opening;
    }
    used += bytes;
  }
  if (used + tailBytes > budget && rowBytes.length > firstRow + 1) {
    // The last block cannot also carry the formatting: move its rows into a block of their own.
    chunks.push({ firstRow, endRow: rowBytes.length });
    return [...chunks, { firstRow: rowBytes.length, endRow: rowBytes.length }];
  }
  chunks.push({ firstRow, endRow: rowBytes.length });
  return chunks;
}

/** Estimated bytes one row adds to a request: its cells and its number formats as JSON array items. */
export function rowPayloadBytes(cells: readonly unknown[], formats: readonly string[]): number {
  return utf8Length(JSON.stringify(cells)) + utf8Length(JSON.stringify(formats)) + 2;
}
