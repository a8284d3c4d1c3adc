// Writes assets/示例指标表.xlsx, the sample indicator sheet of `npm run demo`. Run: npx tsx scripts/make-sample.ts
import ExcelJS from "exceljs";

type Row = [
  label: string,
  unit: string,
  current: number | null,
  previous: number | null,
  growth: number | null,
  target: number | null,
];

const ROWS: Row[] = [
  ["一、工业经济", "", null, null, null, null],
  ["规模以上工业总产值", "亿元", 375.72, 288.02, 30.5, 480],
  ["其中:战略性新兴产业产值", "亿元", 142.36, 118.9, 19.7, null],
  ["规模以上工业增加值", "亿元", 82.15, 71.34, 12.6, null],
  ["二、投资与消费", "", null, null, null, null],
  ["固定资产投资", "万元", 375912, 303646, 23.8, 520000],
  ["其中:工业有效投资", "万元", 225316, 179391, 25.6, null],
  ["基础设施投资", "万元", 150596, 124152, 21.3, null],
  ["社会消费品零售总额", "万元", 186420, 175860, 6.0, 260000],
  ["三、财政与外贸", "", null, null, null, null],
  ["一般公共预算收入", "万元", 98760, 101230, -2.4, 135000],
  ["其中:税收收入", "万元", 80345, 84120, -4.5, null],
  ["进出口总额", "万美元", 52318, 46870, 11.6, 68000],
  ["实际使用外资", "万美元", 8650, 8650, 0, 12000],
];

async function main(): Promise<void> {
  const book = new ExcelJS.Workbook();
  // Fixed metadata so that the committed file is reproducible.
  book.creator = "统计助手";
  book.created = new Date(Date.UTC(2024, 9, 15));
  book.modified = book.created;
  const sheet = book.addWorksheet("1-9月指标");
  sheet.getCell("A1").value = "2024年1-9月XX经济开发区主要经济指标完成情况表";
  sheet.mergeCells("A1:F1");
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A1").alignment = { horizontal: "center" };
  sheet.getRow(3).values = ["指标名称", "计量单位", "1-9月", "上年同期", "同比增长(%)", "全年目标"];
  sheet.getRow(3).font = { bold: true };
  ROWS.forEach(([label, unit, current, previous, growth, target], index) => {
    const row = sheet.getRow(4 + index);
    row.values = [label, unit, current, previous, growth, target];
    const isChild = label.startsWith("其中") || label === "基础设施投资";
    if (isChild) row.getCell(1).alignment = { indent: 1 };
    for (const column of [3, 4, 6]) row.getCell(column).numFmt = unit === "亿元" ? "0.00" : "0";
    row.getCell(5).numFmt = "0.0";
  });
  sheet.getCell(`A${4 + ROWS.length + 1}`).value = "注:增速按可比价计算;工业总产值为规模以上工业口径。";
  sheet.columns.forEach((column, index) => (column.width = index === 0 ? 28 : 12));
  await book.xlsx.writeFile("assets/示例指标表.xlsx");
}

void main();
