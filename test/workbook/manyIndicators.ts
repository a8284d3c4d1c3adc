import type { SheetCell, SheetGrid } from "../../src/report/types";

const cell = (value: string | number): SheetCell =>
  typeof value === "number"
    ? { value, text: String(value), numberFormat: "General" }
    : { value, text: value, numberFormat: "General" };

/**
 * An indicator sheet with `rows` indicators (title, header 指标名称 | 计量单位 | 1-9月 | 上年同期 | 全年目标),
 * every fifth one a 其中 child; `nameSuffix` lengthens the names to make the table heavy.
 */
export function manyIndicators(rows: number, sheetName = "指标表", nameSuffix = ""): SheetGrid {
  const cells: SheetCell[][] = [
    [cell("2024年1-9月主要经济指标完成情况表"), cell(""), cell(""), cell(""), cell("")],
    [cell("指标名称"), cell("计量单位"), cell("1-9月"), cell("上年同期"), cell("全年目标")],
  ];
  for (let i = 0; i < rows; i++) {
    const current = 100 + (i % 97) + (i % 7) / 10;
    const previous = 90 + (i % 89) + (i % 3) / 10;
    const name = i % 5 === 4 ? `其中:分项指标${i + 1}${nameSuffix}` : `指标${i + 1}${nameSuffix}`;
    cells.push([cell(name), cell("亿元"), cell(current), cell(previous), cell(200 + (i % 50))]);
  }
  return {
    sheetName,
    cells: cells.map((row) => row.map((one) => (one.value === "" ? { value: null, numberFormat: "General" } : one))),
  };
}
