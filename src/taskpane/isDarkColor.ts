/** True for a CSS hex color ("#1f1f1f", "#333") darker than mid-grey by relative luminance. */
export function isDarkColor(color: string | undefined): boolean {
  if (color === undefined) return false;
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  const hex = match?.[1];
  if (hex === undefined) return false;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const channel = (offset: number): number => {
    const v = parseInt(full.slice(offset, offset + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return luminance < 0.18;
}
