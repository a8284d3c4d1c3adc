/**
 * Whether a given growth read as a fraction is, by every sign, a percent number (9.29 written for
 * 9.29%): it is at least 1 (100%), has the sign of the growth computed from the figures, and is 20
 * to 500 times it. An official growth differs from the computed one by points, not by a factor of
 * 100, so this only catches the unit slip; it is used to stop with a message, never to correct.
 */
export function looksLikePercentNumber(given: number, computed: number): boolean {
  if (!Number.isFinite(given) || !Number.isFinite(computed) || computed === 0 || Math.abs(given) < 1) {
    return false;
  }
  const factor = given / computed;
  return factor >= 20 && factor <= 500;
}
