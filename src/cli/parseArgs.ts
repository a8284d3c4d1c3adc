import {
  CLAUSE_TABLE,
  parsePlaceOrder,
  PLACE_ORDER_TABLE,
  type ClauseId,
  type ClauseSwitches,
  type PlaceOrder,
} from "../report/clauses";

/** Options of the command line, as parsed from argv. */
export interface CliOptions {
  readonly inputs: readonly string[];
  readonly sheet?: string;
  readonly period?: string;
  /** A regions sheet's focus place, whose paragraph leads ("朝阳区"). */
  readonly place?: string;
  /** The order of the places in a regions sheet's ranking tables. */
  readonly placeOrder?: PlaceOrder;
  /** An earlier period's indicator table in another file, whose growths the text compares with. */
  readonly previous?: string;
  /** The earlier period's sheet (in the input, or in --previous), or "auto": the indicator sheet before the one read. */
  readonly previousSheet?: string;
  readonly out?: string;
  /** The Word report (.docx) to write; a folder for several inputs. */
  readonly docx?: string;
  /** --docx adds the warnings as 说明: notes under the table. */
  readonly notes: boolean;
  readonly json: boolean;
  /** --out writes the summary table as Excel formulas over a copy of the source sheet. */
  readonly formulas: boolean;
  /** --out and --docx may replace an existing file the tool did not write (never an input). */
  readonly force: boolean;
  readonly decimals?: number;
  readonly convertUnits: boolean;
  readonly verbs: boolean;
  /** The optional clauses switched by a flag (clauses.ts); the others take their defaults. */
  readonly clauses: Partial<ClauseSwitches>;
  readonly help: boolean;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The clauses the command line switches, each by its flag. */
const CLAUSE_FLAGS = CLAUSE_TABLE.filter((row) => "cli" in row);

export const USAGE = `用法: tongji <指标表.xlsx 或 文件夹>… [选项]
  (开发时: npm run report -- <指标表.xlsx>… [选项])

读取指标完成情况表,输出文字材料(默认打印到屏幕)。

选项:
  --sheet 名称      读取指定工作表(默认: 含指标表的工作表中时期最近的一张)
  --previous 文件.xlsx
                    与另一个文件中的上期指标表比较增速(如“增速比1-8月提高0.6个百分点”)
  --previous-sheet 名称|auto
                    与指定的上期工作表比较增速;auto 为本期之前最近一期的指标表
  --period 标签     统计期,如 "1-9月"、"上半年"(默认: 从表头或标题读取)
  --place 地区      分地区的表:以该地区为重点,先写它的数、占比、位次和与全市的比较
  --place-order ${PLACE_ORDER_TABLE.map((row) => row.word).join("|")}
                    分地区的表:汇总表中各地区的顺序(${PLACE_ORDER_TABLE.map((row) => `${row.word}:${row.label}`).join(";")};
                    默认原表),合计行仍在首行或末行
  --out 文件.xlsx   另存一个新工作簿(汇总表 + 文字材料),不修改原文件;
                    多个输入时为输出文件夹
  --docx 文件.docx  另存一份 Word 报告(标题、文字材料、三线表),可与 --out 同用;
                    多个输入时为输出文件夹(文件名为“原名_报告.docx”)
  --notes           与 --docx 同用:在表格下以“说明:”列出提示
  --formulas        与 --out 同用:汇总表写成 Excel 公式,引用一并复制到新工作簿的原表,
                    改动原表数字后自动重算
  --force           与 --out、--docx 同用:输出文件已存在但不是统计助手生成的,也替换它
                    (输入的指标表在任何情况下都不会被替换)
  --json            以 JSON 输出 paragraphs、table、warnings
  --decimals N      百分比保留小数位数(默认 1)
  --no-convert      不换算单位(如万元不换成亿元)
  --no-verbs        不加"完成""实现"等动词
${CLAUSE_FLAGS.map((row) => `  ${row.cli.flag.padEnd(16)}  ${row.cli.help}`).join("\n")}
  --help            显示本帮助`;

function needValue(argv: readonly string[], index: number, flag: string): string {
  const value = argv[index + 1];
  if (value === undefined || value.startsWith("--")) {
    throw new UsageError(`选项 ${flag} 需要一个值`);
  }
  return value;
}

/** Parses the command line's arguments (without node and the script). */
export function parseArgs(argv: readonly string[]): CliOptions {
  const inputs: string[] = [];
  let sheet: string | undefined;
  let period: string | undefined;
  let place: string | undefined;
  let placeOrder: PlaceOrder | undefined;
  let out: string | undefined;
  let docx: string | undefined;
  let notes = false;
  let previous: string | undefined;
  let previousSheet: string | undefined;
  let decimals: number | undefined;
  let json = false;
  let formulas = false;
  let force = false;
  let convertUnits = true;
  let verbs = true;
  const clauses: { -readonly [K in ClauseId]?: boolean } = {};
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    switch (arg) {
      case "--sheet":
        sheet = needValue(argv, i, arg);
        i += 1;
        break;
      case "--period":
        period = needValue(argv, i, arg);
        i += 1;
        break;
      case "--place":
        place = needValue(argv, i, arg);
        i += 1;
        break;
      case "--place-order": {
        const text = needValue(argv, i, arg);
        placeOrder = parsePlaceOrder(text);
        if (placeOrder === undefined) {
          const words = PLACE_ORDER_TABLE.map((row) => `${row.word}(${row.id})`).join("、");
          throw new UsageError(`--place-order 应为 ${words} 之一,而不是“${text}”`);
        }
        i += 1;
        break;
      }
      case "--previous":
        previous = needValue(argv, i, arg);
        i += 1;
        break;
      case "--previous-sheet":
        previousSheet = needValue(argv, i, arg);
        i += 1;
        break;
      case "--out":
        out = needValue(argv, i, arg);
        i += 1;
        break;
      case "--decimals": {
        const text = needValue(argv, i, arg);
        const n = Number(text);
        if (!Number.isInteger(n) || n < 0 || n > 6) {
          throw new UsageError(`--decimals 应为 0 到 6 的整数,而不是“${text}”`);
        }
        decimals = n;
        i += 1;
        break;
      }
      case "--json":
        json = true;
        break;
      case "--docx":
        docx = needValue(argv, i, arg);
        i += 1;
        break;
      case "--notes":
        notes = true;
        break;
      case "--formulas":
        formulas = true;
        break;
      case "--force":
        force = true;
        break;
      case "--no-convert":
        convertUnits = false;
        break;
      case "--no-verbs":
        verbs = false;
        break;
      case "--help":
      case "-h":
        help = true;
        break;
      default: {
        const clause = CLAUSE_FLAGS.find((row) => row.cli.flag === arg);
        if (clause !== undefined) {
          clauses[clause.id] = !clause.defaultOn;
          break;
        }
        if (arg.startsWith("-")) {
          throw new UsageError(`不认识的选项 ${arg}(用 --help 查看用法)`);
        }
        inputs.push(arg);
      }
    }
  }
  if (!help && inputs.length === 0) {
    throw new UsageError("请给出要读取的指标表(.xlsx 文件或文件夹)");
  }
  if (!help && formulas && out === undefined) {
    throw new UsageError("--formulas 只用于 --out 另存的工作簿,请同时给出 --out 文件.xlsx");
  }
  if (!help && notes && docx === undefined) {
    throw new UsageError("--notes 只用于 --docx 另存的 Word 报告,请同时给出 --docx 文件.docx");
  }
  if (!help && out !== undefined && docx !== undefined && out === docx) {
    throw new UsageError("--out 与 --docx 不能是同一个路径");
  }
  if (!help && force && out === undefined && docx === undefined) {
    throw new UsageError("--force 只用于 --out 或 --docx 另存的文件,请同时给出 --out 文件.xlsx 或 --docx 文件.docx");
  }
  return {
    inputs,
    json,
    formulas,
    force,
    notes,
    convertUnits,
    verbs,
    clauses,
    help,
    ...(sheet !== undefined ? { sheet } : {}),
    ...(period !== undefined ? { period } : {}),
    ...(place !== undefined ? { place } : {}),
    ...(placeOrder !== undefined ? { placeOrder } : {}),
    ...(out !== undefined ? { out } : {}),
    ...(docx !== undefined ? { docx } : {}),
    ...(previous !== undefined ? { previous } : {}),
    ...(previousSheet !== undefined ? { previousSheet } : {}),
    ...(decimals !== undefined ? { decimals } : {}),
  };
}
