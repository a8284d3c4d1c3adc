import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { chmod, lstat, open, readFile, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import JSZip from "jszip";
import { CUSTOM_PROPERTIES_PART, holdsOutputMark } from "../workbook/outputMark";

/**
 * Safe output files: the one place where the command line decides whether it may write a file, and writes
 * it so that nothing is lost. Every output kind uses it (summary workbooks .xlsx, Word reports .docx).
 *
 * The rules:
 * - An input of the run is never written, however the output is named: files are compared by identity
 *   (device + inode of the file a path leads to, and its real path), so a symlink or hard link to an
 *   input, an input given through a symlink, or a symlinked folder is recognised. `force` does not change
 *   this.
 * - An existing file is replaced only when the tool wrote it: an OOXML package (.xlsx, .docx) holding the
 *   custom document property of outputMark.ts. Otherwise the write is refused, unless `force`.
 * - Two inputs of one run never write the same output (paths compared as a case-insensitive file system
 *   would, after resolving symlinked folders): every such output is refused, none is written.
 * - The file is written whole to a temporary file in the target's own folder, flushed to disk, then
 *   renamed over the target. When anything fails the temporary file is removed and the previous file (if
 *   any) stays as it was. A target that is a symlink keeps its link: the file it leads to is replaced.
 *
 * Use, for one run:
 *
 * ```ts
 * const guard = await OutputGuard.open(inputFiles, { force });
 * for (const { input, target } of planned) guard.reserve(input, target); // every output of the run first
 * // then, per output (each may fail on its own):
 * await guard.write(input, target, async (tempPath) => writeMyFile(tempPath)); // throws OutputRefused
 * ```
 *
 * The writer given to `write` must write the complete file to `tempPath` (and must add the mark of
 * outputMark.ts to it, so that the next run may replace it). Refusals are `OutputRefused` errors with a
 * Chinese message that names the file and says what to do; failures of the writer (disk full, no
 * permission) are passed on as they are, after cleaning up (see `writeProblem`).
 */

/** A refusal to write an output file; the message is Chinese, names the file and says what to do. */
export class OutputRefused extends Error {
  /** A few words for a run's closing summary ("输出文件已存在"). */
  readonly brief: string;

  constructor(message: string, brief: string) {
    super(message);
    this.name = "OutputRefused";
    this.brief = brief;
  }
}

/** What a path leads to: the file's device and inode, and its real path (symlinks resolved). */
export interface FileIdentity {
  readonly dev: bigint;
  readonly ino: bigint;
  readonly realPath: string;
}

/** The identity of the file a path leads to (following symlinks); undefined when there is none. */
export async function fileIdentity(path: string): Promise<FileIdentity | undefined> {
  try {
    const info = await stat(path, { bigint: true });
    return { dev: info.dev, ino: info.ino, realPath: await realpath(path) };
  } catch {
    return undefined;
  }
}

/** Whether two identities are one file (a hard link has another real path but the same inode). */
export function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  return (a.dev === b.dev && a.ino === b.ino) || a.realPath === b.realPath;
}

/**
 * The path a target names once its folder's symlinks are resolved, compared as a case-insensitive file
 * system (Windows, macOS) would: 报表_汇总.xlsx and 报表_汇总.XLSX are one output.
 */
async function outputKey(target: string): Promise<string> {
  const folder = await realpath(dirname(target)).catch(() => resolve(dirname(target)));
  return join(folder, basename(target)).normalize("NFC").toLowerCase();
}

/**
 * Whether a file is an OOXML package (.xlsx, .docx…) written by the tool: it holds the custom document
 * property of outputMark.ts. A file that is not a zip, or cannot be read, is not.
 */
export async function isToolOutput(path: string): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(await readFile(path));
    const part = zip.file(CUSTOM_PROPERTIES_PART);
    return part !== null && holdsOutputMark(await part.async("string"));
  } catch {
    return false;
  }
}

/** Why a file could not be written, in words a user can act on (Node's error codes). */
export function writeProblem(error: unknown): string {
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
      return "这是一个文件夹,请给出文件名";
    case "EBUSY":
      return "文件正被其他程序(如 Excel)打开,请先关闭";
    case "ENOSPC":
      return "磁盘空间不足";
    case "EDQUOT":
      return "磁盘配额已用完";
    default:
      return `写入失败(${typeof code === "string" ? code : error instanceof Error ? error.message : String(error)})`;
  }
}

/** A temporary name in the target's folder, hidden, and never taken for an input (no .xlsx ending). */
function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tongji-tmp`);
}

/**
 * Writes a file through a temporary file in the same folder and a rename, so that the target is either
 * the previous file or the complete new one. Flushes the new file to disk before the rename and gives it
 * the previous file's permissions. On failure the temporary file is removed and the error passed on.
 */
export async function writeAtomically(target: string, write: (tempPath: string) => Promise<void>): Promise<void> {
  const temp = temporaryPath(target);
  try {
    await write(temp);
    const handle = await open(temp, constants.O_RDONLY);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    const previous = await stat(target).catch(() => undefined);
    if (previous !== undefined) await chmod(temp, previous.mode & 0o7777);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** The output files of one run and the inputs they must never touch. */
export class OutputGuard {
  private readonly reserved = new Map<string, Set<string>>();

  private constructor(
    private readonly inputs: ReadonlyMap<string, FileIdentity>,
    private readonly force: boolean,
  ) {}

  /** A guard for a run over these input files (paths as given); `force` lets it replace files it did not write. */
  static async open(inputs: readonly string[], options: { readonly force: boolean }): Promise<OutputGuard> {
    const identities = new Map<string, FileIdentity>();
    for (const input of inputs) {
      const identity = await fileIdentity(input);
      if (identity !== undefined) identities.set(input, identity);
    }
    return new OutputGuard(identities, options.force);
  }

  /** Records that `input` will write `target`; call it for every output of the run before the first write. */
  async reserve(input: string, target: string): Promise<void> {
    const key = await outputKey(target);
    const owners = this.reserved.get(key) ?? new Set<string>();
    owners.add(input);
    this.reserved.set(key, owners);
  }

  /** The input of this run that `target` is (by identity), if any. */
  private async inputAt(target: string): Promise<string | undefined> {
    const identity = await fileIdentity(target);
    if (identity === undefined) return undefined;
    for (const [input, inputIdentity] of this.inputs) {
      if (sameFile(identity, inputIdentity)) return input;
    }
    return undefined;
  }

  /**
   * Why `input` may not write `target`, or undefined when it may: the target is an input of the run, is
   * reserved by another input too, is a folder or a broken symlink, or is an existing file the tool did not
   * write (unless `force`).
   */
  async refusal(input: string, target: string): Promise<OutputRefused | undefined> {
    const owners = [...(this.reserved.get(await outputKey(target)) ?? [input])];
    if (owners.length > 1) {
      return new OutputRefused(
        `${owners.map((owner) => `“${owner}”`).join("和")}都会写成同一个输出文件“${target}”:为免互相覆盖,都没有写;` +
          "请把同名的表分开处理,或改名后再运行",
        "与其他文件的输出同名",
      );
    }
    const inputThere = await this.inputAt(target);
    if (inputThere !== undefined) {
      const same = inputThere === target ? "与输入文件相同" : `与输入文件“${inputThere}”是同一个文件(经由链接)`;
      return new OutputRefused(
        `输出文件“${target}”${same}:为保护原表,不会覆盖,请换一个输出文件名`,
        "输出会覆盖输入文件",
      );
    }
    const link = await lstat(target).catch(() => undefined);
    if (link === undefined) return undefined;
    const info = await stat(target).catch(() => undefined);
    if (info === undefined) {
      return new OutputRefused(
        `输出文件“${target}”是一个指向不存在位置的链接:不会写入,请换一个输出文件名`,
        "输出是失效的链接",
      );
    }
    if (info.isDirectory()) {
      return new OutputRefused(`无法写入“${target}”:这是一个文件夹,请给出文件名`, "输出是文件夹");
    }
    if (!this.force && !(await isToolOutput(target))) {
      return new OutputRefused(
        `输出文件“${target}”已存在,且不是统计助手生成的文件:为免覆盖您自己的文件,没有写入;` +
          "请换一个输出文件名,或移走原文件;确实要替换它时加 --force",
        "输出文件已存在",
      );
    }
    return undefined;
  }

  /**
   * Writes `target` for `input` through `writeAtomically`, after `refusal` found nothing against it
   * (else throws that OutputRefused). A symlink target keeps its link: the file it leads to is replaced.
   */
  async write(input: string, target: string, writeFile: (tempPath: string) => Promise<void>): Promise<void> {
    const refused = await this.refusal(input, target);
    if (refused !== undefined) throw refused;
    const real = await realpath(target).catch(() => target);
    await writeAtomically(real, writeFile);
  }
}
