/**
 * The Word report deflates its document.xml with the platform's CompressionStream where it can. Browsers
 * differ: Chromium 80–102 (the kernels of many 360/奇安信 builds) have CompressionStream but throw a
 * TypeError for "deflate-raw", and older ones have none. On each, 下载Word报告 must give the same document.
 */
import JSZip from "jszip";
import { renderDocx } from "../../src/output/docx/renderDocx";
import { toGrid } from "../fixtures/fixtureSheet";
import { halfYearTargets } from "../fixtures/sheets/halfYearTargets";
import { summaryOf } from "./summaryOf";

async function documentXml(bytes: Uint8Array): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file("word/document.xml");
  if (file === null) throw new Error("word/document.xml missing");
  return file.async("string");
}

const native = globalThis.CompressionStream;

/** A CompressionStream that knows "gzip" and "deflate" only, as Chromium before 103 does. */
class CompressionStreamBefore103 extends native {
  constructor(format: CompressionFormat) {
    if (format === "deflate-raw") throw new TypeError("Unsupported compression format: 'deflate-raw'");
    super(format);
  }
}

const platforms: [string, typeof CompressionStream | undefined][] = [
  ["CompressionStream without deflate-raw (Chromium 80–102)", CompressionStreamBefore103],
  ["no CompressionStream", undefined],
];

describe("the Word report on browsers without a raw DEFLATE compressor", () => {
  const report = summaryOf(toGrid(halfYearTargets));
  let expected = "";
  beforeAll(async () => {
    expected = await documentXml(await renderDocx(report));
  });
  afterEach(() => {
    globalThis.CompressionStream = native;
  });

  it.each(platforms)("%s: the same document.xml, its paragraphs included", async (_name, platform) => {
    if (platform === undefined) Reflect.deleteProperty(globalThis, "CompressionStream");
    else globalThis.CompressionStream = platform;
    const xml = await documentXml(await renderDocx(report));
    expect(xml).toBe(expected);
    expect(xml).toContain("完成");
  });
});
