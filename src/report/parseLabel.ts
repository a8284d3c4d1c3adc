import { splitNameUnit } from "../core/units";

/** What the name cell of a row says about the row. */
export interface ParsedLabel {
  /** The indicator name without prefixes, numbering, indentation and unit ("工业有效投资"). */
  readonly name: string;
  /** A unit written in the name ("工业总产值(亿元)"). */
  readonly unit?: string;
  /** "其中:…" rows: a breakdown of the row above. */
  readonly qizhong: boolean;
  /** "其中:" alone: the next row is a breakdown of the row above. */
  readonly qizhongMarker: boolean;
  /** Number of "#" in front ("#出口交货值" is 1). */
  readonly hashes: number;
  /** Indentation: leading spaces (a full-width space counts 2) plus 4 per cell indent level. */
  readonly indentKey: number;
  /** "一、工业经济", "(一)工业": a group heading when the row holds no numbers. */
  readonly groupLike: boolean;
  /** "注:", "资料来源": the table has ended. */
  readonly footnote: boolean;
  /**
   * Rank of the numbering in front: 0 none, then 1 "一、", 2 "(一)", 3 "1." / "1、", 4 "(1)", 5 "①"; a row belongs to
   * the nearest row above numbered with a lower rank ("(1)" rows to the "1." row).
   */
  readonly numbering: number;
}

const QIZHONG = /^其中\s*[:：,，]?\s*/;
const GROUP = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])/;
const NUMBERING =
  /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[、.．](?!\d)|[(（]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩])\s*/;
/** "固定资产投资合计" is 固定资产投资; "全区合计" stays (the place is the name). */
const TOTAL_SUFFIX = /(?<=[\u4e00-\u9fff]{2})(?<![区市县镇乡园])(?:合计|总计)$/;

/** Ranks of Chinese numbering, outermost first: 一、 > (一) > 1. > (1) > ①. */
function numberingRank(numbering: string): number {
  const first = numbering.charAt(0);
  const bracketed = first === "(" || first === "（";
  const second = bracketed ? numbering.charAt(1) : first;
  if (/\d/.test(second)) return bracketed ? 4 : 3;
  if (/[一二三四五六七八九十]/.test(second)) return bracketed ? 2 : 1;
  return 5;
}
const FOOTNOTE = /^(?:注|说明|备注|附注|资料来源|数据来源|来源)\s*[:：0-9１-９、.．]|^(?:资料来源|数据来源)/;

/** True for a footnote that ends the table ("注:…", "资料来源:…"). */
export function isFootnote(text: string): boolean {
  return FOOTNOTE.test(text.trim());
}

/** Characters a label starts with when it may be more than a plain name (prefix, numbering, group, footnote). */
const SPECIAL_START = /^[\s#＃其(（0-9①②③④⑤⑥⑦⑧⑨⑩一二三四五六七八九十注说备附资数来]/;
/** Characters a label ends with when it may carry a unit in brackets or trailing spaces. */
const SPECIAL_END = /[\s)）计]$/;

/** Whitespace inside a name: "财 政 总 收 入" spaced to align, "规上工业\n总产值" broken with Alt+Enter. */
const INNER_SPACE = /\S[\s\u00A0\u3000]+\S/;
/** Whitespace next to a Chinese character, which Chinese text never has. */
const SPACE_BY_HAN = /[\s\u00A0\u3000]+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[\s\u00A0\u3000]+/g;

/** A name with the alignment spaces and line breaks beside Chinese characters taken out ("财 政 总 收 入" -> 财政总收入). */
function closeUp(name: string): string {
  return name.replace(SPACE_BY_HAN, "").replace(/[\s\u00A0\u3000]+/g, " ");
}

/** Reads the name cell of an indicator row. */
export function parseLabel(raw: string, cellIndent = 0): ParsedLabel {
  const cellKey = 4 * Math.max(0, cellIndent);
  if (raw !== "" && !SPECIAL_START.test(raw) && !SPECIAL_END.test(raw) && !INNER_SPACE.test(raw)) {
    // A plain name ("工业总产值"): none of the prefixes, numbering, unit or spaces below can apply.
    return {
      name: raw,
      qizhong: false,
      qizhongMarker: false,
      hashes: 0,
      indentKey: cellKey,
      groupLike: false,
      footnote: false,
      numbering: 0,
    };
  }
  const lead = /^[\s\u00A0\u3000]*/.exec(raw)?.[0] ?? "";
  let spaces = 0;
  for (const ch of lead) {
    spaces += ch === "\u3000" ? 2 : ch === "\t" ? 4 : 1;
  }
  const indentKey = spaces + cellKey;
  let text = raw.trim().replace(/^[\s\u00A0\u3000]+|[\s\u00A0\u3000]+$/g, "");
  const footnote = FOOTNOTE.test(text);
  const groupLike = GROUP.test(text);
  let qizhong = false;
  let hashes = 0;
  const hashMatch = /^[#＃]+/.exec(text);
  if (hashMatch) {
    hashes = hashMatch[0].length;
    text = text.slice(hashes).trim();
  }
  if (QIZHONG.test(text)) {
    qizhong = true;
    text = text.replace(QIZHONG, "").replace(/^[\s\u00A0\u3000]+/, "");
  }
  const qizhongMarker = qizhong && text === "";
  let numbering = 0;
  // Group headings ("一、工业经济") keep their numbering in rawLabel; an indicator row numbered so is named without it.
  const numbered = NUMBERING.exec(text);
  if (numbered !== null) {
    numbering = numberingRank(numbered[0]);
    text = text.slice(numbered[0].length);
  }
  const split = splitNameUnit(text);
  // Both rewrites are rare; their tests are cheaper than their replaces.
  const closed = INNER_SPACE.test(split.name) ? closeUp(split.name) : split.name;
  const name = closed.endsWith("计") ? closed.replace(TOTAL_SUFFIX, "") : closed;
  const parsed = { name, qizhong, qizhongMarker, hashes, indentKey, groupLike, footnote, numbering };
  return split.unit === undefined ? parsed : { ...parsed, unit: split.unit };
}
