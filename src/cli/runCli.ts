import { mkdir, readFile, readdir, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { ReportError, type Report, type ReportOptions, type SheetGrid } from "../report/types";
import { readSheetGrid } from "../workbook/xlsx/readSheetGrid";
import { writeSummaryWorkbook } from "../workbook/xlsx/writeSummaryWorkbook";
import { parseArgs, USAGE, UsageError, type CliOptions } from "./parseArgs";

export type BuildReport = (grid: SheetGrid, options: ReportOptions) => Report;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress bar) or not (plain progress lines). */
  readonly stderrIsTty: boolean;
}

/** A failure the user can act on; its message is Chinese and names the file (and sheet). */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

/** The JSON printed by --json for one input. */
export interface JsonResult {
  readonly file: string;
  readonly sheet: string;
  readonly period: Report["period"];
  readonly paragraphs: readonly string[];
  readonly table: Report["table"];
  readonly warnings: readonly Report["warnings"][number][];
  readonly out?: string;
}

function reportOptions(options: CliOptions): ReportOptions {
  return {
    convertUnits: options.convertUnits,
    verbs: options.verbs,
    clauses: { highlights: options.highlights },
    ...(options.decimals !== undefined ? { decimals: options.decimals } : {}),
    ...(options.period !== undefined ? { periodLabel: options.period } : {}),
  };
}

/** The .xlsx files named on the command line, folders expanded (Office lock files ~$ skipped). */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info === undefined) {
      throw new CliError(`找不到文件“${input}”,请检查路径`);
    }
    if (info.isDirectory()) {
      const names = (await readdir(input))
        .filter((name) => name.toLowerCase().endsWith(".xlsx") && !name.startsWith("~$"))
        .sort();
      if (names.length === 0) {
        throw new CliError(`文件夹“${input}”中没有 .xlsx 文件`);
      }
      files.push(...names.map((name) => join(input, name)));
    } else {
      files.push(input);
    }
  }
  return files;
}

async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const ext = extname(file).toLowerCase();
  if (ext === ".xls") {
    throw new CliError(`“${file}”是旧版 .xls 文件,无法直接读取:请在 Excel 或 WPS 中“另存为” .xlsx 后再运行`);
  }
  if (ext === ".csv") {
    throw new CliError(`“${file}”是 CSV 文件:请在 Excel 或 WPS 中打开并“另存为” .xlsx(保留数字格式)后再运行`);
  }
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch {
    throw new CliError(`无法读取文件“${file}”,请检查路径和权限`);
  }
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new CliError(`“${file}”不是有效的 .xlsx 文件(可能已损坏或是其他格式),请用 Excel 另存为 .xlsx 后再试`);
  }
  return book;
}

/** A sentence ends with "。" (engine messages do not carry one). */
function sentence(text: string): string {
  return /[。!?]$/.test(text) ? text : `${text}。`;
}

/** The grid and report of one sheet; a sheet the engine cannot read gives a ReportError (returned, not thrown). */
function tryReport(
  sheet: ExcelJS.Worksheet,
  options: ReportOptions,
  buildReport: BuildReport,
): { report: Report; sheet: string; grid: SheetGrid } | ReportError {
  const grid = readSheetGrid(sheet);
  try {
    return { report: buildReport(grid, options), sheet: sheet.name, grid };
  } catch (error) {
    if (error instanceof ReportError) return error;
    throw error;
  }
}

/** Reads one file and builds its report on the chosen (or first readable) sheet. */
export async function reportFile(
  file: string,
  options: CliOptions,
  buildReport: BuildReport,
): Promise<{ report: Report; sheet: string; grid: SheetGrid }> {
  const book = await loadWorkbook(file);
  const names = book.worksheets.map((sheet) => sheet.name);
  const opts = reportOptions(options);
  if (options.sheet !== undefined) {
    const sheet = book.getWorksheet(options.sheet);
    if (sheet === undefined) {
      throw new CliError(`“${file}”中没有名为“${options.sheet}”的工作表;现有工作表:${names.join("、") || "(无)"}`);
    }
    const result = tryReport(sheet, opts, buildReport);
    if (result instanceof ReportError) {
      // The engine's messages name the sheet ("工作表“1-9月”中找不到指标表的表头…").
      throw new CliError(`“${file}”:${sentence(result.message)}`);
    }
    return result;
  }
  if (names.length === 0) {
    throw new CliError(`“${file}”中没有工作表`);
  }
  const failures: ReportError[] = [];
  for (const sheet of book.worksheets) {
    const result = tryReport(sheet, opts, buildReport);
    if (!(result instanceof ReportError)) return result;
    failures.push(result);
  }
  if (failures.length === 1) {
    throw new CliError(`“${file}”:${sentence(failures[0]?.message ?? "")}`);
  }
  throw new CliError(
    `“${file}”的${names.length}个工作表中都没有找到指标表:${failures.map((failure) => failure.message).join(";")}。`,
  );
}

/** The output file of one input: --out itself for one input, else "<name>_汇总.xlsx" in --out or beside the input. */
export function outputFile(input: string, out: string, several: boolean): string {
  const target = several ? join(out, `${basename(input, extname(input))}_汇总.xlsx`) : out;
  if (resolve(target) === resolve(input)) {
    throw new CliError(`输出文件“${target}”与输入文件相同:为保护原表,不会覆盖,请换一个输出文件名`);
  }
  return target;
}

/** Why a file could not be written, in words a user can act on. */
function writeProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOENT":
      return "所在文件夹不存在";
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return "没有写入权限";
    case "EEXIST":
    case "ENOTDIR":
      return "路径上已有同名文件,不是文件夹";
    case "EISDIR":
      return "这是一个文件夹,请给出 .xlsx 文件名";
    case "EBUSY":
      return "文件正被其他程序(如 Excel)打开,请先关闭";
    case "ENOSPC":
      return "磁盘空间不足";
    default:
      return `写入失败(${typeof code === "string" ? code : error instanceof Error ? error.message : String(error)})`;
  }
}

/** Writes one summary workbook; a failure becomes a CliError naming the file. */
async function writeOutput(report: Report, out: string, grid: SheetGrid, formulas: boolean): Promise<void> {
  try {
    await writeSummaryWorkbook(report, out, formulas ? { source: grid } : {});
  } catch (error) {
    throw new CliError(`无法写入“${out}”:${writeProblem(error)}`);
  }
}

function progress(io: CliIo, done: number, total: number, file: string): void {
  if (io.stderrIsTty) {
    const width = 20;
    const filled = Math.round((done / total) * width);
    io.stderr(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} ${basename(file)}`);
    if (done === total) io.stderr("\n");
  } else {
    io.stderr(`处理 ${done}/${total}: ${file}\n`);
  }
}

/** Runs the command line; returns the exit code (0 ok, 1 some file failed, 2 usage error). */
export async function runCli(argv: readonly string[], io: CliIo, buildReport: BuildReport): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`错误:${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  let files: string[];
  try {
    files = await expandInputs(options.inputs);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`错误:${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const several = files.length > 1;
  if (several && options.out !== undefined) {
    // Several inputs write "<name>_汇总.xlsx" files into the --out folder, made when missing.
    try {
      await mkdir(options.out, { recursive: true });
    } catch (error) {
      io.stderr(`错误:无法创建输出文件夹“${options.out}”:${writeProblem(error)}\n`);
      return 1;
    }
  }
  const results: JsonResult[] = [];
  let failed = 0;
  for (const [index, file] of files.entries()) {
    try {
      const { report, sheet, grid } = await reportFile(file, options, buildReport);
      let out: string | undefined;
      if (options.out !== undefined) {
        out = outputFile(file, options.out, several);
        await writeOutput(report, out, grid, options.formulas);
      }
      if (options.json) {
        results.push({
          file,
          sheet,
          period: report.period,
          paragraphs: report.paragraphs,
          table: report.table,
          warnings: report.warnings,
          ...(out !== undefined ? { out } : {}),
        });
      } else {
        if (several) io.stdout(`【${basename(file)}】\n`);
        io.stdout(`${report.paragraphs.join("\n")}\n`);
        if (several) io.stdout("\n");
        for (const warning of report.warnings) {
          io.stderr(`提示(${basename(file)} / ${sheet}):${warning.message}\n`);
        }
      }
      if (out !== undefined) io.stderr(`已写入 ${out}\n`);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      failed += 1;
      io.stderr(`${several && io.stderrIsTty ? "\n" : ""}错误:${error.message}\n`);
    }
    if (several) progress(io, index + 1, files.length, file);
  }
  if (options.json) {
    io.stdout(`${JSON.stringify(several ? results : (results[0] ?? null), null, 2)}\n`);
  }
  return failed > 0 ? 1 : 0;
}
