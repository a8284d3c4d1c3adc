/**
 * The manifest, checked offline (office-addin-manifest's validate needs an online service): the rules of
 * DESIGN.md section 8 that make Excel refuse an add-in or silently drop its functions.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";

type XmlNode = Record<string, unknown>;

const ROOT = join(__dirname, "..", "..");
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
// Order matters for <Runtimes>, so parse preserving element order as well.
const ordered = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", preserveOrder: true }).parse(
  xml,
) as XmlNode[];
const tree = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["bt:String", "bt:Url", "bt:Image", "Override", "bt:Override", "Control", "Set"].includes(name),
}).parse(xml) as XmlNode;

const app = tree["OfficeApp"] as XmlNode;
const overrides = app["VersionOverrides"] as XmlNode;
const resources = overrides["Resources"] as XmlNode;
const host = (overrides["Hosts"] as XmlNode)["Host"] as XmlNode;

const list = (node: unknown, key: string): XmlNode[] => ((node as XmlNode)[key] as XmlNode[] | undefined) ?? [];
const images = list(resources["bt:Images"], "bt:Image");
const urls = list(resources["bt:Urls"], "bt:Url");
const shortStrings = list(resources["bt:ShortStrings"], "bt:String");
const longStrings = list(resources["bt:LongStrings"], "bt:String");
const resourceIds = [...images, ...urls, ...shortStrings, ...longStrings].map((node) => String(node["@id"]));

/** Every value of an attribute named `name` anywhere under `node`. */
function attributeValues(node: unknown, name: string): string[] {
  if (Array.isArray(node)) return node.flatMap((child) => attributeValues(child, name));
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node as XmlNode).flatMap(([key, value]) =>
    key === name ? [String(value)] : attributeValues(value, name),
  );
}

/** Child element names of an ordered-parse node, in document order. */
function childNames(node: XmlNode[]): string[] {
  return node.flatMap((child) => Object.keys(child).filter((key) => key !== ":@" && key !== "#text"));
}

function orderedChild(nodes: XmlNode[], name: string): XmlNode[] {
  const found = nodes.find((child) => name in child);
  if (!found) throw new Error(`missing <${name}>`);
  return found[name] as XmlNode[];
}

describe("manifest.xml", () => {
  test("is an add-in-only task pane manifest with a GUID id and a four-part version", () => {
    expect(app["@xsi:type"]).toBe("TaskPaneApp");
    expect(String(app["Id"])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(String(app["Version"])).toMatch(/^\d{1,5}(\.\d{1,5}){1,3}$/);
    expect((app["Hosts"] as XmlNode)["Host"]).toEqual({ "@Name": "Workbook" });
  });

  test("is named 统计助手, with Chinese strings over English fallbacks", () => {
    expect((app["DisplayName"] as XmlNode)["@DefaultValue"]).toBe("统计助手");
    const description = app["Description"] as XmlNode;
    expect(String(description["@DefaultValue"])).toMatch(/^[\x20-\x7e]+$/);
    const zh = (description["Override"] as XmlNode[]).find((node) => node["@Locale"] === "zh-CN");
    expect(String(zh?.["@Value"])).toMatch(/[\u4e00-\u9fff]/);
    for (const node of [...shortStrings, ...longStrings]) {
      if (node["@id"] === "Functions.Namespace") continue;
      const zhString = (node["bt:Override"] as XmlNode[] | undefined)?.find((o) => o["@Locale"] === "zh-CN");
      expect({ id: node["@id"], zh: /[\u4e00-\u9fff]/.test(String(zhString?.["@Value"])) }).toEqual({
        id: node["@id"],
        zh: true,
      });
    }
  });

  test("string lengths stay within the schema limits (short 125, long 250, description 250)", () => {
    const tooLong = [
      ...shortStrings
        .flatMap((node) => [node["@DefaultValue"], ...attributeValues(node, "@Value")])
        .map((v) => [v, 125]),
      ...longStrings
        .flatMap((node) => [node["@DefaultValue"], ...attributeValues(node, "@Value")])
        .map((v) => [v, 250]),
      ...attributeValues(app["Description"], "@DefaultValue").map((v) => [v, 250]),
      ...attributeValues(app["DisplayName"], "@DefaultValue").map((v) => [v, 125]),
    ].filter(([value, limit]) => String(value).length > Number(limit));
    expect(tooLong).toEqual([]);
  });

  test("every resid refers to a resource, and resource ids are unique ASCII", () => {
    const resids = attributeValues(overrides, "@resid");
    expect(resids.length).toBeGreaterThan(10);
    expect(resids.filter((id) => !resourceIds.includes(id))).toEqual([]);
    expect(new Set(resourceIds).size).toBe(resourceIds.length);
    for (const id of [...resourceIds, ...attributeValues(overrides, "@id")]) {
      expect(id).toMatch(/^[A-Za-z0-9._]{1,32}$/);
    }
  });

  test("<Runtimes> comes first in <Host> and one resid serves runtime, task pane and functions page", () => {
    const officeApp = orderedChild(ordered, "OfficeApp");
    const versionOverrides = orderedChild(officeApp, "VersionOverrides");
    const hosts = orderedChild(versionOverrides, "Hosts");
    const hostChildren = orderedChild(hosts, "Host");
    expect(childNames(hostChildren)[0]).toBe("Runtimes");

    const runtime = (host["Runtimes"] as XmlNode)["Runtime"] as XmlNode;
    expect(runtime["@lifetime"]).toBe("long");
    const resid = String(runtime["@resid"]);
    const functions = (host["AllFormFactors"] as XmlNode)["ExtensionPoint"] as XmlNode;
    expect(functions["@xsi:type"]).toBe("CustomFunctions");
    expect(((functions["Page"] as XmlNode)["SourceLocation"] as XmlNode)["@resid"]).toBe(resid);
    const desktop = host["DesktopFormFactor"] as XmlNode;
    expect((desktop["FunctionFile"] as XmlNode)["@resid"]).toBe(resid);
    const group = (((desktop["ExtensionPoint"] as XmlNode)["OfficeTab"] as XmlNode)["Group"] as XmlNode)[
      "Control"
    ] as XmlNode[];
    const action = group[0]?.["Action"] as XmlNode;
    expect(action["@xsi:type"]).toBe("ShowTaskpane");
    expect((action["SourceLocation"] as XmlNode)["@resid"]).toBe(resid);
    const page = urls.find((url) => url["@id"] === resid);
    expect(String(page?.["@DefaultValue"])).toMatch(/\/taskpane\.html$/);
    const defaultPage = ((app["DefaultSettings"] as XmlNode)["SourceLocation"] as XmlNode)["@DefaultValue"];
    expect(page?.["@DefaultValue"]).toBe(defaultPage);
  });

  test("functions: namespace TJ, script and metadata URLs, shared runtime required", () => {
    const functions = (host["AllFormFactors"] as XmlNode)["ExtensionPoint"] as XmlNode;
    const namespaceId = (functions["Namespace"] as XmlNode)["@resid"];
    expect(shortStrings.find((node) => node["@id"] === namespaceId)?.["@DefaultValue"]).toBe("TJ");
    const urlOf = (node: unknown) =>
      urls.find((url) => url["@id"] === ((node as XmlNode)["SourceLocation"] as XmlNode)["@resid"])?.["@DefaultValue"];
    expect(String(urlOf(functions["Script"]))).toMatch(/\/functions\.js$/);
    expect(String(urlOf(functions["Metadata"]))).toMatch(/\/functions\.json$/);
    const sets = ((app["Requirements"] as XmlNode)["Sets"] as XmlNode)["Set"] as XmlNode[];
    expect(sets).toContainEqual({ "@Name": "SharedRuntime", "@MinVersion": "1.1" });
  });

  test("every URL is https on one origin, and every icon it names exists in assets/", () => {
    const all = attributeValues(app, "@DefaultValue").filter((value) => /^[a-z]+:\/\//i.test(value));
    expect(all.length).toBeGreaterThan(8);
    const origins = new Set(all.map((url) => new URL(url).origin));
    expect([...origins]).toEqual(["https://localhost:3000"]);
    const icons = all.filter((url) => url.endsWith(".png"));
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const icon of icons) {
      expect(existsSync(join(ROOT, new URL(icon).pathname))).toBe(true);
    }
    expect(images.map((image) => image["@id"])).toEqual(["Icon.16x16", "Icon.32x32", "Icon.80x80"]);
  });
});
