import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { ROOT } from "./paneHarness";

/** The indicator sheet the page selects: the later period. */
export const LATEST_SHEET = "1-9月指标";

/** Copies a sheet's values, number formats and indents, with `text` applied to every string. */
function copySheet(from: ExcelJS.Worksheet, to: ExcelJS.Worksheet, text: (s: string) => string): void {
  from.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const target = to.getCell(r, c);
      target.value = typeof cell.value === "string" ? text(cell.value) : cell.value;
      if (cell.numFmt) target.numFmt = cell.numFmt;
      if (cell.alignment?.indent) target.alignment = { indent: cell.alignment.indent };
    });
  });
}

/**
 * The fixture workbook: a notes sheet first, then the sample's indicator sheet for 1-6月 and for 1-9月
 * (the sample, assets/示例指标表.xlsx), so that the page must list the indicator sheets first and select
 * the latest period.
 */
export async function fixtureXlsx(): Promise<Buffer> {
  const sample = new ExcelJS.Workbook();
  await sample.xlsx.readFile(join(ROOT, "assets/示例指标表.xlsx"));
  const source = sample.worksheets[0]!;
  const book = new ExcelJS.Workbook();
  book.addWorksheet("说明").getCell("A1").value = "本表由统计员每月填报,数据截至月末。";
  copySheet(source, book.addWorksheet("1-6月指标"), (s) => s.replace(/1-9月/g, "1-6月"));
  copySheet(source, book.addWorksheet(LATEST_SHEET), (s) => s);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The fixture in each format the page reads: .xlsx by ExcelJS; .xls, .ods (all sheets) and .csv (the latest sheet) by SheetJS. */
export async function writeFixtures(dir: string): Promise<Record<"xlsx" | "xls" | "ods" | "csv", string>> {
  const xlsx = await fixtureXlsx();
  const book = XLSX.read(xlsx, { type: "buffer", cellNF: true });
  const files = {
    xlsx: join(dir, "指标表.xlsx"),
    xls: join(dir, "指标表.xls"),
    ods: join(dir, "指标表.ods"),
    csv: join(dir, "指标表.csv"),
  };
  await writeFile(files.xlsx, xlsx);
  await writeFile(files.xls, XLSX.write(book, { bookType: "biff8", type: "buffer" }) as Buffer);
  await writeFile(files.ods, XLSX.write(book, { bookType: "ods", type: "buffer" }) as Buffer);
  await writeFile(files.csv, `\uFEFF${XLSX.utils.sheet_to_csv(book.Sheets[LATEST_SHEET]!)}`);
  return files;
}

/** An .xlsx with an open password, as Office writes it: a compound file holding EncryptionInfo and EncryptedPackage. */
export function encryptedXlsx(): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  // Version 4.4 (agile encryption), then its XML descriptor, as Excel 2010 and later write.
  XLSX.CFB.utils.cfb_add(cfb, "/EncryptionInfo", Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(cfb, "/EncryptedPackage", Buffer.alloc(4096, 7));
  return XLSX.CFB.write(cfb, { type: "buffer" }) as Buffer;
}

/** A workbook of one empty sheet, and one with only a notes sheet. */
export async function emptyAndNotes(dir: string): Promise<{ empty: string; notes: string }> {
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Sheet1");
  const notes = new ExcelJS.Workbook();
  const sheet = notes.addWorksheet("说明");
  sheet.getCell("A1").value = "填表说明";
  sheet.getCell("A2").value = "请在“指标”表中填写本月数据。";
  const files = { empty: join(dir, "空工作簿.xlsx"), notes: join(dir, "只有说明.xlsx") };
  await empty.xlsx.writeFile(files.empty);
  await notes.xlsx.writeFile(files.notes);
  return files;
}

/** A 50,000-row indicator sheet (the engine's big-sheet case, as a file the user picks). */
export async function bigXlsx(file: string, rows: number): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  const sheet = book.addWorksheet("1-9月指标");
  sheet.addRow(["2024年1-9月主要经济指标完成情况表"]).commit();
  sheet.addRow(["指标名称", "计量单位", "1-9月", "上年同期", "同比增长(%)"]).commit();
  for (let i = 0; i < rows; i += 1) {
    const current = 1000 + (i % 977);
    const previous = 900 + (i % 911);
    const row = sheet.addRow([
      `指标${i + 1}`,
      "万元",
      current,
      previous,
      Math.round((current / previous - 1) * 1000) / 10,
    ]);
    row.getCell(3).numFmt = "0";
    row.getCell(4).numFmt = "0";
    row.getCell(5).numFmt = "0.0";
    row.commit();
  }
  sheet.commit();
  await book.commit();
}
