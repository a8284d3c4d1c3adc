import { mkdir, readdir, stat, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { FILE_FORMATS, type FileFormat, type RenderContext } from "../output/formats";
import { renderJson, type DocumentJson } from "../output/json";
import { buildSummaryDocument, type SummaryDocument } from "../output/summaryDocument";
import { renderText } from "../output/text";
import { latestPeriod } from "../report/periodOrder";
import { ReportError, type Period, type Report, type ReportOptions, type SheetGrid } from "../report/types";
import { cellAddress } from "../workbook/a1Address";
import { MAX_CELL_CHARS } from "../workbook/excelLimits";
import { CUT_MARK, layoutSummarySheet } from "../workbook/summarySheet";
import { workbookFormat } from "../workbook/readWorkbookBytes";
import { sourceCopyName } from "../workbook/xlsx/writeSummaryWorkbook";
import { CliError } from "./cliError";
import { internalErrorMessage } from "./internalErrorMessage";
import { loadGrids } from "./loadGrids";
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

export { CliError };

export type BuildReport = (grid: SheetGrid, options: ReportOptions) => Report;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress bar) or not (plain progress lines). */
  readonly stderrIsTty: boolean;
}

/** The JSON printed by --json for one input: the file and sheet read, the summary document, the file written. */
export interface JsonResult extends DocumentJson {
  readonly file: string;
  readonly sheet: string;
  readonly out?: string;
  /** The Word report written (--docx). */
  readonly docx?: string;
}

function reportOptions(options: CliOptions): ReportOptions {
  return {
    convertUnits: options.convertUnits,
    verbs: options.verbs,
    clauses: options.clauses,
    ...(options.decimals !== undefined ? { decimals: options.decimals } : {}),
    ...(options.period !== undefined ? { periodLabel: options.period } : {}),
    ...(options.place !== undefined ? { place: options.place } : {}),
    ...(options.placeOrder !== undefined ? { placeOrder: options.placeOrder } : {}),
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
 * The workbook files named on the command line (.xlsx, .xlsm, .xls, .et, .ods, .csv), folders expanded. A folder's Office lock files (~$) are
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
      .filter((name) => workbookFormat(name) !== undefined && !name.startsWith("~$"))
      .sort();
    if (names.length === 0) {
      throw new CliError(`文件夹“${input}”中没有 .xlsx、.xls、.et、.ods 或 .csv 文件`);
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

/** A sentence ends with "。" (engine messages do not carry one). */
function sentence(text: string): string {
  return /[。!?]$/.test(text) ? text : `${text}。`;
}

/** The report of one sheet; a sheet the engine cannot read gives a ReportError (returned, not thrown). */
function tryReport(
  grid: SheetGrid,
  options: ReportOptions,
  buildReport: BuildReport,
): { report: Report; sheet: string; grid: SheetGrid } | ReportError {
  try {
    return { report: buildReport(grid, options), sheet: grid.sheetName, grid };
  } catch (error) {
    if (error instanceof ReportError) return error;
    throw error;
  }
}

/** The closing summary's words for a file without a readable indicator table. */
const NO_TABLE = "没有找到指标表";

/** A sheet read as an indicator table. */
interface ReadSheet {
  readonly report: Report;
  readonly sheet: string;
  readonly grid: SheetGrid;
}

/** The period a sheet read states. */
const periodOf = (read: ReadSheet): Period => read.report.period;

/** The readable indicator sheets of a workbook, in sheet order, or a CliError saying why there is none. */
function readableSheets(
  file: string,
  names: readonly string[],
  grids: ReadonlyMap<string, SheetGrid>,
  opts: ReportOptions,
  buildReport: BuildReport,
): ReadSheet[] {
  if (names.length === 0) {
    throw new CliError(`“${file}”中没有工作表`, NO_TABLE);
  }
  const failures: ReportError[] = [];
  const readable: ReadSheet[] = [];
  for (const name of names) {
    const sheet = grids.get(name);
    if (sheet === undefined) continue;
    const result = tryReport(sheet, opts, buildReport);
    if (result instanceof ReportError) failures.push(result);
    else readable.push(result);
  }
  if (readable.length > 0) return readable;
  if (failures.length === 1) {
    throw new CliError(`“${file}”:${sentence(failures[0]?.message ?? "")}`, NO_TABLE);
  }
  throw new CliError(
    `“${file}”的${names.length}个工作表中都没有找到指标表:${failures.map((failure) => failure.message).join(";")}。`,
    NO_TABLE,
  );
}

/** The sheet of the latest period (the first of equal ones). */
function latest(sheets: readonly ReadSheet[]): ReadSheet | undefined {
  return latestPeriod(sheets, periodOf);
}

/** A named sheet of a workbook read as an indicator table, or a CliError. */
function namedSheet(
  file: string,
  name: string,
  names: readonly string[],
  grids: ReadonlyMap<string, SheetGrid>,
  opts: ReportOptions,
  buildReport: BuildReport,
): ReadSheet {
  const sheet = grids.get(name);
  if (sheet === undefined) {
    throw new CliError(
      `“${file}”中没有名为“${name}”的工作表;现有工作表:${names.join("、") || "(无)"}`,
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

/** What is compared with: --previous-sheet auto reads the latest indicator sheet of a period before this one's. */
const AUTO = "auto";

/**
 * Reads one file and builds its report on the chosen sheet, or on the indicator sheet of the latest period
 * (said in a note when the workbook has several); with --previous or --previous-sheet, compared with the
 * earlier period's sheet.
 */
export async function reportFile(
  file: string,
  options: CliOptions,
  buildReport: BuildReport,
): Promise<ReadSheet & { readonly notes: readonly string[] }> {
  const sameBook = options.previous === undefined && options.previousSheet !== undefined;
  const { sheetNames: names, grids } = await loadGrids(file, sameBook ? undefined : options.sheet);
  const opts = reportOptions(options);
  const notes: string[] = [];
  let readable: ReadSheet[] | undefined;
  let chosen: ReadSheet;
  if (options.sheet !== undefined) {
    chosen = namedSheet(file, options.sheet, names, grids, opts, buildReport);
  } else {
    readable = readableSheets(file, names, grids, opts, buildReport);
    chosen = latest(readable) ?? (readable[0] as ReadSheet);
    if (readable.length > 1) {
      notes.push(
        `“${basename(file)}”有${readable.length}张指标表,读取时期最近的工作表“${chosen.sheet}”(可用 --sheet 指定)`,
      );
    }
  }
  if (options.previous === undefined && options.previousSheet === undefined) return { ...chosen, notes };

  let earlier: ReadSheet | undefined;
  if (options.previous !== undefined) {
    const other = await loadGrids(options.previous, options.previousSheet === AUTO ? undefined : options.previousSheet);
    earlier =
      options.previousSheet !== undefined && options.previousSheet !== AUTO
        ? namedSheet(options.previous, options.previousSheet, other.sheetNames, other.grids, opts, buildReport)
        : latest(readableSheets(options.previous, other.sheetNames, other.grids, opts, buildReport));
  } else if (options.previousSheet === AUTO) {
    const sheets = readable ?? readableSheets(file, names, grids, opts, buildReport);
    earlier = latestPeriod(
      sheets.filter((read) => read !== chosen && read.sheet !== chosen.sheet),
      periodOf,
      chosen.report.period,
    );
    if (earlier === undefined) {
      throw new CliError(
        `“${file}”中没有比工作表“${chosen.sheet}”更早一期的指标表,无法与上期比较(可用 --previous-sheet 名称 指定)`,
        "没有上期的指标表",
      );
    }
  } else if (options.previousSheet !== undefined) {
    earlier = namedSheet(file, options.previousSheet, names, grids, opts, buildReport);
  }
  if (earlier === undefined) return { ...chosen, notes };
  notes.push(`与上期工作表“${earlier.sheet}”比较增速`);
  const report = buildReport(chosen.grid, { ...opts, previousPeriod: earlier.grid });
  return { report, sheet: chosen.sheet, grid: chosen.grid, notes };
}

/**
 * The output file of one input: the given path itself for one input, else the input's name with the
 * format's suffix and extension ("<name>_汇总.xlsx") in the given folder.
 */
export function outputFile(input: string, out: string, several: boolean, format: FileFormat): string {
  return several ? join(out, `${basename(input, extname(input))}${format.suffix}${format.extension}`) : out;
}

/**
 * What the user should be told about a written summary workbook: cells cut to Excel's cell limit, and
 * the source copy renamed (formula mode) because Excel forbids the source's own name.
 */
function workbookNotes(out: string, document: SummaryDocument, grid: SheetGrid, formulas: boolean): string[] {
  const notes: string[] = [];
  const long = (value: unknown): boolean => typeof value === "string" && value.length > MAX_CELL_CHARS;
  const anyLong =
    long(document.periodLine) ||
    document.tables.some(
      (table) =>
        long(table.title) ||
        table.columns.some((column) => long(column.header)) ||
        table.rows.some((row) => row.cells.some((cell) => long(cell.value))),
    );
  for (const { row, column } of anyLong ? layoutSummarySheet(document).cutCells : []) {
    notes.push(
      `“${out}”的汇总表${cellAddress(row, column)}单元格文字超过 Excel 单元格上限(${MAX_CELL_CHARS}个字符),` +
        `已截断,末尾标“${CUT_MARK}”;完整文字见原表`,
    );
  }
  const copy = sourceCopyName(grid.sheetName);
  if (formulas && copy.problem !== undefined) {
    notes.push(
      `工作表名称“${grid.sheetName}”Excel 不允许(${copy.problem}),“${out}”里的原表副本改名为“${copy.name}”,公式引用这个名称`,
    );
  }
  return notes;
}

/** An output file the command line was asked for: its format and the path (file, or folder for several inputs). */
interface RequestedOutput {
  readonly format: FileFormat;
  readonly path: string;
}

/** The output files asked for by the options, from the registry of formats. */
function requestedOutputs(options: CliOptions): RequestedOutput[] {
  return [
    ...(options.out !== undefined ? [{ format: FILE_FORMATS.xlsx, path: options.out }] : []),
    ...(options.docx !== undefined ? [{ format: FILE_FORMATS.docx, path: options.docx }] : []),
  ];
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
      const { report, sheet, grid, notes: readNotes } = await reportFile(file, options, buildReport);
      for (const note of readNotes) io.stderr(`提示:${note}\n`);
      const document = buildSummaryDocument(report);
      const written: { format: FileFormat; target: string }[] = [];
      for (const { format, path } of outputs) {
        const target = outputFile(file, path, several, format);
        await writeOutput(guard, file, target, document, format, {
          source: grid,
          formulas: options.formulas,
          notes: options.notes,
        });
        written.push({ format, target });
      }
      const out = written.find(({ format }) => format === FILE_FORMATS.xlsx)?.target;
      const notes = out === undefined ? [] : workbookNotes(out, document, grid, options.formulas);
      const docx = written.find(({ format }) => format === FILE_FORMATS.docx)?.target;
      if (options.json) {
        results.push({
          file,
          sheet,
          ...renderJson(document),
          ...(out !== undefined ? { out } : {}),
          ...(docx !== undefined ? { docx } : {}),
        });
      } else {
        if (several) io.stdout(`【${basename(file)}】\n`);
        io.stdout(`${renderText(document)}\n`);
        if (several) io.stdout("\n");
        for (const warning of document.warnings) {
          io.stderr(`提示(${basename(file)} / ${sheet}):${warning.message}\n`);
        }
      }
      for (const note of notes) io.stderr(`提示:${note}\n`);
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
