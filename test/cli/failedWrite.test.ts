import { mkdtemp, readdir, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeAtomically } from "../../src/cli/safeOutput";
import { runTongji, sha256 } from "./runTongji";

/**
 * A write that fails half way (the disk fills up) leaves the previous output as it was and no temporary
 * file behind. Writing the rendered file is made to fail after writing part of it, as a full disk would.
 */

const failing = { on: false };

jest.mock("node:fs/promises", () => {
  const actual = jest.requireActual<typeof import("node:fs/promises")>("node:fs/promises");
  return {
    ...actual,
    writeFile: async (...args: Parameters<typeof actual.writeFile>): Promise<void> => {
      if (!failing.on || typeof args[0] !== "string" || !args[0].endsWith(".tongji-tmp"))
        return actual.writeFile(...args);
      await actual.writeFile(args[0], "PK\u0003\u0004 half a zip");
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    },
  };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongji-full-"));
  failing.on = false;
});

async function indicatorFile(file: string, current: number): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("指标");
  sheet.getRow(1).values = ["指标名称", "本期", "上年同期"];
  sheet.getRow(2).values = ["工业总产值", current, 10];
  await book.xlsx.writeFile(file);
  return file;
}

it("keeps the previous summary whole and leaves no partial file when the disk is full", async () => {
  const input = await indicatorFile(join(dir, "报表.xlsx"), 12);
  const out = join(dir, "汇总.xlsx");
  expect((await runTongji([input, "--out", out])).code).toBe(0);
  const good = await sha256(out);
  const inputHash = await sha256(input);
  await indicatorFile(input, 15);
  const changedInput = await sha256(input);
  expect(changedInput).not.toBe(inputHash);
  failing.on = true;
  expect(await runTongji([input, "--out", out])).toEqual({
    code: 1,
    out: "",
    err: `错误:无法写入“${out}”:磁盘空间不足\n`,
  });
  expect(await sha256(out)).toBe(good);
  expect(await sha256(input)).toBe(changedInput);
  expect(await readdir(dir)).toEqual(["报表.xlsx", "汇总.xlsx"]);
});

it("writes nothing at all when a first write fails", async () => {
  const input = await indicatorFile(join(dir, "报表.xlsx"), 12);
  failing.on = true;
  expect((await runTongji([input, "--out", join(dir, "汇总.xlsx")])).code).toBe(1);
  expect(await readdir(dir)).toEqual(["报表.xlsx"]);
});

describe("writeAtomically", () => {
  it("puts the whole new file in place and keeps the previous file's permissions", async () => {
    const target = join(dir, "a.docx");
    await writeFile(target, "old", { mode: 0o640 });
    await writeAtomically(target, (temp) => writeFile(temp, "new"));
    expect(await readdir(dir)).toEqual(["a.docx"]);
    expect(await sha256(target)).toBe(await sha256Of("new"));
    expect((await stat(target)).mode & 0o777).toBe(0o640);
  });

  it("passes the writer's error on, with the previous file unchanged and no temporary file", async () => {
    const target = join(dir, "a.docx");
    await writeFile(target, "old");
    const problem = new Error("boom");
    await expect(
      writeAtomically(target, async (temp) => {
        await writeFile(temp, "ne");
        throw problem;
      }),
    ).rejects.toBe(problem);
    expect(await readdir(dir)).toEqual(["a.docx"]);
    expect(await sha256(target)).toBe(await sha256Of("old"));
  });
});

async function sha256Of(text: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), "tongji-hash-")), "f");
  await writeFile(file, text);
  return sha256(file);
}
