import { toHalfWidth } from "../core/cellValue";

/** A header or label as compared by the engine: half-width, without any whitespace or line breaks. */
export function normalizeText(text: string): string {
  return toHalfWidth(text).replace(/[\s\u00A0\u3000]+/g, "");
}
