/** Excel's letters for a 0-based column number: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(column: number): string {
  let n = Math.trunc(column) + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.trunc((n - 1) / 26);
  }
  return letters;
}
