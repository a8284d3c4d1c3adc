import { mkdir, readFile, readdir, stat, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import ExcelJS from "exceljs";
import { FILE_FORMATS, type FileFormat, type RenderContext } from "../output/formats";
import { renderJson, type DocumentJson } from "../output/json";
import { buildSummaryDocument, type SummaryDocument } from "../output/summaryDocument";
import { renderText } from "../output/text";
import { ReportError, type Report, type ReportOptions, type SheetGrid } from "../report/types";
import { readSheetGrid } from "../workbook/xlsx/readSheetGrid";
import { internalErrorMessage } from "./internalErrorMessage";
import { parseArgs, USAGE, UsageError, type CliOptions } from "./parseArgs";
import {
  fileIdentity,
  isToolOutput,
  OutputGuard,
  OutputRefused,
  sameFile,
  writeProblem,
  type FileIdentity,
} from "./safeOutput";

export type BuildReport = (grid: SheetGrid, options: ReportOptions) => Report;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress bar) or not (plain progress lines). */
  readonly stderrIsTty: boolean;
}

/** A failure the user can act on; its message is Chinese and names the file (and sheet). */
export class CliError extends Error {
  /** A few words for the closing summary of a run over several files. */
  readonly brief: string;

  constructor(message: string, brief = "无法读取") {
    super(message);
    this.name = "CliError";
    this.brief = brief;
  }
}

/** The JSON printed by --json for one input: the file and sheet read, the summary document, the file written. */
export interface JsonResult extends DocumentJson {
  readonly file: string;
  readonly sheet: string;
  readonly out?: string;
}

function reportOptions(options: CliOptions): ReportOptions {
  return {
    convertUnits: options.convertUnits,
    verbs: options.verbs,
    clauses: options.clauses,
    ...(options.decimals !== undefined ? { decimals: options.decimals } : {}),
    ...(options.period !== undefined ? { periodLabel: options.period } : {}),
  };
}

/** The inputs of a run, and what expanding them left out (said on stderr, never silently). */
export interface ExpandedInputs {
  readonly files: readonly string[];
  /** Whether a folder was named: --out is then a folder too, even for a folder of one file. */
  readonly folder: boolean;
  readonly notes: readonly string[];
}

/**
 * The .xlsx files named on the command line, folders expanded. A folder's Office lock files (~$) are
 * skipped, and so are the files the tool wrote (its summary workbooks, marked), so that a second run over
 * a folder does not read the first run's outputs; a file named twice (also through a link) is read once.
 */
export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const notes: string[] = [];
  const seen: { file: string; identity: FileIdentity }[] = [];
  let folder = false;
  const add = async (file: string): Promise<void> => {
    const identity = await fileIdentity(file);
    const twin = identity === undefined ? undefined : seen.find((other) => sameFile(other.identity, identity));
    if (twin !== undefined) {
      notes.push(`“${file}”与“${twin.file}”是同一个文件,只读取一次`);
      return;
    }
    if (identity !== undefined) seen.push({ file, identity });
    files.push(file);
  };
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info === undefined) {
      throw new CliError(`找不到文件“${input}”,请检查路径`);
    }
    if (!info.isDirectory()) {
      await add(input);
      continue;
    }
    folder = true;
    const names = (await readdir(input))
      .filter((name) => name.toLowerCase().endsWith(".xlsx") && !name.startsWith("~$"))
      .sort();
    if (names.length === 0) {
      throw new CliError(`文件夹“${input}”中没有 .xlsx 文件`);
    }
    let read = 0;
    for (const name of names) {
      const file = join(input, name);
      if (await isToolOutput(file)) {
        notes.push(`跳过“${file}”:这是统计助手生成的汇总工作簿,不是指标表`);
        continue;
      }
      read += 1;
      await add(file);
    }
    if (read === 0) {
      throw new CliError(`文件夹“${input}”中只有统计助手生成的汇总工作簿,没有要读取的指标表`);
    }
  }
  return { files, notes, folder };
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

/** The closing summary's words for a file without a readable indicator table. */
const NO_TABLE = "没有找到指标表";

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
      throw new CliError(
        `“${file}”中没有名为“${options.sheet}”的工作表;现有工作表:${names.join("、") || "(无)"}`,
        "没有指定的工作表",
      );
    }
    const result = tryReport(sheet, opts, buildReport);
    if (result instanceof ReportError) {
      // The engine's messages name the sheet ("工作表“1-9月”中找不到指标表的表头…").
      throw new CliError(`“${file}”:${sentence(result.message)}`, NO_TABLE);
    }
    return result;
  }
  if (names.length === 0) {
    throw new CliError(`“${file}”中没有工作表`, NO_TABLE);
  }
  const failures: ReportError[] = [];
  for (const sheet of book.worksheets) {
    const result = tryReport(sheet, opts, buildReport);
    if (!(result instanceof ReportError)) return result;
    failures.push(result);
  }
  if (failures.length === 1) {
    throw new CliError(`“${file}”:${sentence(failures[0]?.message ?? "")}`, NO_TABLE);
  }
  throw new CliError(
    `“${file}”的${names.length}个工作表中都没有找到指标表:${failures.map((failure) => failure.message).join(";")}。`,
    NO_TABLE,
  );
}

/**
 * The output file of one input: the given path itself for one input, else the input's name with the
 * format's suffix and extension ("<name>_汇总.xlsx") in the given folder.
 */
export function outputFile(input: string, out: string, several: boolean, format: FileFormat): string {
  return several ? join(out, `${basename(input, extname(input))}${format.suffix}${format.extension}`) : out;
}

/** An output file the command line was asked for: its format and the path (file, or folder for several inputs). */
interface RequestedOutput {
  readonly format: FileFormat;
  readonly path: string;
}

/** The output files asked for by the options, from the registry of formats. */
function requestedOutputs(options: CliOptions): RequestedOutput[] {
  return options.out === undefined ? [] : [{ format: FILE_FORMATS.xlsx, path: options.out }];
}

/**
 * Renders one output file of a summary document and writes it through the guard; a refusal or a failure
 * becomes a CliError naming the file.
 */
async function writeOutput(
  guard: OutputGuard,
  input: string,
  out: string,
  document: SummaryDocument,
  format: FileFormat,
  context: RenderContext,
): Promise<void> {
  const bytes = await format.render(document, context);
  try {
    await guard.write(input, out, (temp) => writeFile(temp, bytes));
  } catch (error) {
    if (error instanceof OutputRefused) throw new CliError(error.message, error.brief);
    throw new CliError(`无法写入“${out}”:${writeProblem(error)}`, writeProblem(error));
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

/** Runs the command line; returns the exit code (0 ok, 1 some file failed, 2 usage error, 3 an error of the program in a run over several files). */
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
  let expanded: ExpandedInputs;
  try {
    expanded = await expandInputs(options.inputs);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`错误:${error.message}\n`);
      return 1;
    }
    throw error;
  }
  for (const note of expanded.notes) io.stderr(`提示:${note}\n`);
  const files = expanded.files;
  const several = files.length > 1 || expanded.folder;
  const outputs = requestedOutputs(options);
  if (several) {
    // Several inputs write "<name>_汇总.xlsx" (…) files into the output folder, made when missing.
    for (const { path } of outputs) {
      try {
        await mkdir(path, { recursive: true });
      } catch (error) {
        io.stderr(`错误:无法创建输出文件夹“${path}”:${writeProblem(error)}\n`);
        return 1;
      }
    }
  }
  const guard = await OutputGuard.open(files, { force: options.force });
  for (const file of files) {
    for (const { format, path } of outputs) await guard.reserve(file, outputFile(file, path, several, format));
  }
  const results: JsonResult[] = [];
  const failures: { file: string; brief: string }[] = [];
  let internal = false;
  for (const [index, file] of files.entries()) {
    try {
      const { report, sheet, grid } = await reportFile(file, options, buildReport);
      const document = buildSummaryDocument(report);
      const written: { format: FileFormat; target: string }[] = [];
      for (const { format, path } of outputs) {
        const target = outputFile(file, path, several, format);
        await writeOutput(guard, file, target, document, format, { source: grid, formulas: options.formulas });
        written.push({ format, target });
      }
      const out = written.find(({ format }) => format === FILE_FORMATS.xlsx)?.target;
      if (options.json) {
        results.push({ file, sheet, ...renderJson(document), ...(out !== undefined ? { out } : {}) });
      } else {
        if (several) io.stdout(`【${basename(file)}】\n`);
        io.stdout(`${renderText(document)}\n`);
        if (several) io.stdout("\n");
        for (const warning of document.warnings) {
          io.stderr(`提示(${basename(file)} / ${sheet}):${warning.message}\n`);
        }
      }
      for (const { target } of written) io.stderr(`已写入 ${target}\n`);
    } catch (error) {
      // One file's failure, even an error of the program itself, never stops the others of a run.
      if (!(error instanceof CliError) && !several) throw error;
      const lead = several && io.stderrIsTty ? "\n" : "";
      if (error instanceof CliError) {
        failures.push({ file, brief: error.brief });
        io.stderr(`${lead}错误:${error.message}\n`);
      } else {
        internal = true;
        failures.push({ file, brief: "程序内部错误" });
        io.stderr(`${lead}错误:“${file}”:${internalErrorMessage(error)}`);
      }
    }
    if (several) progress(io, index + 1, files.length, file);
  }
  if (options.json) {
    io.stdout(`${JSON.stringify(several ? results : (results[0] ?? null), null, 2)}\n`);
  }
  if (several) io.stderr(`${runSummary(files.length, failures)}\n`);
  return internal ? 3 : failures.length > 0 ? 1 : 0;
}

/** The closing line of a run over several files: how many were done, how many failed and why. */
export function runSummary(total: number, failures: readonly { file: string; brief: string }[]): string {
  if (failures.length === 0) return `完成:${total}个文件全部处理成功`;
  const reasons = failures.map(({ file, brief }) => `${basename(file)}(${brief})`).join("、");
  return `完成:${total}个文件中${total - failures.length}个成功,${failures.length}个失败:${reasons}`;
}
