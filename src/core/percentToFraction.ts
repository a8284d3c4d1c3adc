/**
 * A number read as percent (8.5 for 8.5%) as the fraction it stands for (0.085). The decimal point is moved in
 * the number's text, so the fraction is the nearest double to what the sheet shows (8.5 / 100 would not always be).
 */
export function percentToFraction(value: number): number {
  return Number(String(value) + "e-2");
}
