import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { regionsRows } from "../fixtures/sheets/regionsRows";
import { fixtureWorkbook } from "./fixtureWorkbook";
import { runTongji, sha256 } from "./runTongji";

/** The command line on a regions sheet written as a real .xlsx: --place, its errors, the file left unchanged. */
let file = "";

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "tongji-places-"));
  file = join(dir, "分地区.xlsx");
  await fixtureWorkbook(regionsRows).xlsx.writeFile(file);
});

describe("tongji --place on a regions sheet", () => {
  it("leads with the focus place, then the other places", async () => {
    const before = await sha256(file);
    const run = await runTongji([file, "--place", "甲区"]);
    expect(run).toEqual({
      code: 0,
      out:
        "1-9月,甲区实现规上工业总产值555.37亿元,同比增长9.3%,占全市的36.7%,居全市第一位,增速高于全市2.1个百分点,增速居全市第一位;" +
        "社会消费品零售总额301.2亿元,同比增长6.8%,占全市的34.9%,居全市第一位,增速高于全市1.7个百分点,增速居全市第二位。\n" +
        "从其他地区看,规上工业总产值增速最快的是乙区,同比增长8.1%,增速低于全市的有丁区、戊区;" +
        "社会消费品零售总额增速最快的是丁区,同比增长7.9%,增速低于全市的有乙区、戊区。\n",
      err: "",
    });
    expect(await sha256(file)).toBe(before);
  });

  it("--no-place-ranking leaves out the sentences on the other places", async () => {
    const run = await runTongji([file, "--place", "甲区", "--no-place-ranking"]);
    expect(run.code).toBe(0);
    expect(run.out.split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("a place the sheet does not hold: exit 1, the message lists the places found", async () => {
    const run = await runTongji([file, "--place", "朝阳区"]);
    expect(run.code).toBe(1);
    expect(run.out).toBe("");
    expect(run.err).toContain("表中没有地区“朝阳区”。表中的地区有:甲区、乙区、丙区、丁区、戊区");
  });

  it("--place needs a value", async () => {
    const run = await runTongji([file, "--place"]);
    expect(run.code).not.toBe(0);
    expect(run.err).toContain("选项 --place 需要一个值");
  });
});
