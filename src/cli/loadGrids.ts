import { access, readFile } from "node:fs/promises";
import { WorkbookReadError, readWorkbookBytes, workbookFormat } from "../workbook/readWorkbookBytes";
import { SheetTooLarge, tooLargeMessage } from "../workbook/readLimits";
import { readWorkbookGrids, type WorkbookGrids } from "../workbook/xlsx/readWorkbook";
import { workbookFileKind, type WorkbookFileKind } from "../workbook/xlsx/workbookFileKind";
import { CliError } from "./cliError";

/** What to say about a file that is not a readable .xlsx workbook, by what it is. */
function kindProblem(file: string, kind: Exclude<WorkbookFileKind, "xlsx">): string {
  switch (kind) {
    case "encrypted":
      return (
        `“${file}”有密码保护,统计助手无法读取:请在 Excel 中输入密码打开,点“文件 › 信息 › 保护工作簿 › 用密码进行加密”,` +
        "删去密码后确定,再“另存为”一个没有密码的副本(WPS:“文件 › 文档加密 › 密码加密”,清除打开密码),用这个副本运行"
      );
    case "legacy-office":
      return `“${file}”实际是旧版 Excel(.xls)或 WPS(.et)格式的文件,无法直接读取:请在 Excel 或 WPS 中打开并“另存为” .xlsx 后再运行`;
    case "ods":
      return `“${file}”是 OpenDocument 表格(.ods,LibreOffice 等软件的格式),不是 .xlsx:请在 LibreOffice、WPS 或 Excel 中打开并“另存为” Excel 工作簿(.xlsx)后再运行`;
    case "opendocument":
      return `“${file}”是 OpenDocument 文档,不是 Excel 工作簿:请给出指标表所在的 .xlsx 文件`;
    case "docx":
      return `“${file}”是 Word 文档,不是 Excel 工作簿:请给出指标表所在的 .xlsx 文件`;
    case "pptx":
      return `“${file}”是 PowerPoint 演示文稿,不是 Excel 工作簿:请给出指标表所在的 .xlsx 文件`;
    case "zip":
      return `“${file}”是 zip 压缩包,不是 Excel 工作簿:如果指标表在压缩包里,请先解压,再对其中的 .xlsx 文件运行`;
    case "other":
      return `“${file}”不是有效的 .xlsx 文件(可能已损坏或是其他格式),请用 Excel 另存为 .xlsx 后再试`;
  }
}

/** What to say about a sheet past the reading limits. */
export function tooLargeProblem(file: string, error: SheetTooLarge): string {
  return tooLargeMessage(
    file,
    error,
    "请把指标表拆成几个工作表或文件后分别运行;如果这个工作表不是指标表,请用 --sheet 指定指标表所在的工作表",
  );
}

/**
 * The grids of an .xls, .et, .ods or .csv file, read whole by the reader the web page uses (SheetJS); a
 * file it cannot read is a CliError with that reader's Chinese message.
 */
async function loadOtherFormat(file: string): Promise<WorkbookGrids> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new CliError(`无法读取文件“${file}”,请检查路径和权限`);
  }
  try {
    const grids = await readWorkbookBytes(file, new Uint8Array(bytes));
    return { sheetNames: grids.map((grid) => grid.sheetName), grids: new Map(grids.map((g) => [g.sheetName, g])) };
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new CliError(error.message);
    if (error instanceof SheetTooLarge) throw new CliError(tooLargeProblem(file, error), "工作表超出上限");
    throw error;
  }
}

/**
 * The grids of an .xlsx file (every sheet, or only `only`), or a CliError whose Chinese message says what
 * the file is when it is not a readable workbook (old format, password, .ods, another zip…); .xls, .et,
 * .ods and .csv files by their name go to the reader of those formats.
 */
export async function loadGrids(file: string, only: string | undefined): Promise<WorkbookGrids> {
  const format = workbookFormat(file);
  if (format === "sheetjs" || format === "csv") return loadOtherFormat(file);
  let kind: WorkbookFileKind;
  try {
    await access(file);
    kind = await workbookFileKind(file);
  } catch {
    throw new CliError(`无法读取文件“${file}”,请检查路径和权限`);
  }
  if (kind !== "xlsx") throw new CliError(kindProblem(file, kind));
  let read: WorkbookGrids;
  try {
    read = await readWorkbookGrids(file, only === undefined ? {} : { only });
  } catch (error) {
    if (error instanceof SheetTooLarge) throw new CliError(tooLargeProblem(file, error), "工作表超出上限");
    const inspected = await workbookFileKind(file, true).catch((): WorkbookFileKind => "other");
    throw new CliError(kindProblem(file, inspected === "xlsx" ? "other" : inspected));
  }
  if (read.sheetNames.length === 0) {
    const inspected = await workbookFileKind(file, true).catch((): WorkbookFileKind => "other");
    if (inspected !== "xlsx") throw new CliError(kindProblem(file, inspected));
  }
  return read;
}
