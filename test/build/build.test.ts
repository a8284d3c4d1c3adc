/**
 * What `npm run build` puts in dist/ is what Excel downloads: the manifest, the shared-runtime page that
 * loads Office.js first and then the functions and task pane bundles, functions.json and the icons.
 * The test suite builds before it runs (scripts/test.mjs), so these check the real output.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const DIST = join(__dirname, "..", "..", "dist");
const read = (name: string) => readFileSync(join(DIST, name), "utf8");

describe("npm run build output (dist/)", () => {
  test("holds the manifest, the page, the bundles, functions.json and every icon", () => {
    for (const file of ["manifest.xml", "taskpane.html", "functions.js", "taskpane.js", "functions.json"]) {
      expect({ file, exists: existsSync(join(DIST, file)) }).toEqual({ file, exists: true });
    }
    const icons = readdirSync(join(DIST, "assets")).sort();
    expect(icons).toEqual(["icon-128.png", "icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]);
  });

  test("the manifest in dist/ is the repository's, pointing at the default https origin", () => {
    expect(read("manifest.xml")).toBe(readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8"));
  });

  test("taskpane.html loads Office.js from the CDN in <head> before the functions and task pane bundles", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((match) => match[1]);
    expect(scripts).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "functions.js",
      "taskpane.js",
    ]);
    expect(html.indexOf("office.js")).toBeLessThan(html.indexOf("</head>"));
    expect(html).toMatch(/<html lang="?zh-CN"?>/);
  });

  test("functions.json declares the TJ functions with ASCII ids and Chinese descriptions", () => {
    const metadata = JSON.parse(read("functions.json")) as {
      functions: { id: string; name: string; description?: string }[];
    };
    const ids = metadata.functions.map((fn) => fn.id).sort();
    expect(ids).toEqual(
      [
        "AMOUNT",
        "AVG2Y",
        "CAGR",
        "COMPLETION",
        "COMPLETIONTEXT",
        "CONTRIB",
        "CONTRIBTEXT",
        "GROWTHTEXT",
        "GROWTHVSTEXT",
        "PPCHANGE",
        "PPTEXT",
        "PREVIOUS",
        "PROGRESSGAP",
        "PULL",
        "RANKTEXT",
        "RATE",
        "SENTENCE",
        "SHARETEXT",
        "YOY",
        "YOYTEXT",
      ].sort(),
    );
    for (const fn of metadata.functions) {
      expect(fn.name).toMatch(/^[A-Z0-9._]+$/);
      expect({ id: fn.id, chinese: /[\u4e00-\u9fff]/.test(fn.description ?? "") }).toEqual({
        id: fn.id,
        chinese: true,
      });
    }
  });

  test("production bundles carry no source maps and make no network calls of their own", () => {
    expect(readdirSync(DIST).filter((file) => file.endsWith(".map"))).toEqual([]);
    const bundles = readdirSync(DIST).filter((file) => file.endsWith(".js"));
    for (const file of bundles) {
      const code = read(file);
      expect({ file, calls: code.match(/\b(sendBeacon|new WebSocket|new EventSource)\b/g) ?? [] }).toEqual({
        file,
        calls: [],
      });
      expect({ file, fetch: /\bfetch\(\s*["'`]https?:/.test(code) }).toEqual({ file, fetch: false });
    }
  });
});

describe("TONGJI_ADDIN_URL", () => {
  test("the manifest the build copies leaves no localhost address behind once the origin is replaced", () => {
    // webpack.config.js replaces every occurrence of the development URL; nothing may spell it differently.
    const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
    const replaced = manifest.split("https://localhost:3000/").join("https://tongji.example.cn/addin/");
    expect(replaced).not.toMatch(/localhost/);
  });
});
