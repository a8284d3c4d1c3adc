/**
 * The look of the Word report, close to 公文 practice (GB/T 9704): A4, margins 37 mm top, 35 mm bottom,
 * 28 mm left, 26 mm right; title 方正小标宋简体 二号; body 仿宋_GB2312 三号 on fixed 28-point lines; the table in
 * 宋体 小四. Sizes are half-points as WordprocessingML counts them (三号 = 16 pt = 32).
 */

/** Twips (1/1440 inch) of a length in millimetres. */
export function twips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** The fonts of the report's parts, each with the font Word and WPS use when it is not installed. */
export const REPORT_FONTS = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  caption: "黑体",
  table: "宋体",
  /** Figures and Latin letters of the table: narrow digits, the 公文 habit for numbers in tables. */
  tableLatin: "Times New Roman",
} as const;

/** The fonts the report names, and the fallback (w:altName) each declares in the font table. */
const FONT_FALLBACKS: readonly (readonly [font: string, fallback: string])[] = [
  [REPORT_FONTS.title, "黑体"],
  [REPORT_FONTS.body, "仿宋"],
  ["仿宋", "宋体"],
  [REPORT_FONTS.caption, "SimHei"],
  [REPORT_FONTS.table, "SimSun"],
];

const marginMm = { top: 37, bottom: 35, left: 28, right: 26 } as const;

export const REPORT_STYLE = {
  marginMm,
  /** The width of the text between the margins (A4 is 210 mm wide). */
  textWidthTwips: twips(210 - marginMm.left - marginMm.right),
  /** 二号. */
  titleHalfPoints: 44,
  titleLinePoints: 36,
  titleAfterTwips: 280,
  /** 三号. */
  bodyHalfPoints: 32,
  bodyLinePoints: 28,
  /** 四号. */
  captionHalfPoints: 28,
  captionBeforeTwips: 280,
  /** 小四; 五号 for a table too wide for it. */
  tableHalfPoints: 24,
  wideTableHalfPoints: 21,
  tableLinePoints: 20,
} as const;

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * word/fontTable.xml declaring every font the report uses as a Chinese (GB2312, charset 86) font with its
 * fallback, so that Word, WPS and LibreOffice substitute a Chinese font of the same kind when one is missing.
 */
export function fontTableXml(): string {
  const fonts = FONT_FALLBACKS.map(
    ([font, fallback]) =>
      `<w:font w:name="${escapeXml(font)}"><w:altName w:val="${escapeXml(fallback)}"/>` +
      `<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
  ).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`
  );
}
