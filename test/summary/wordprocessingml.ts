/**
 * A strict structural check of the WordprocessingML the Word report writes, against the ECMA-376 / ISO/IEC
 * 29500 Transitional schema (wml.xsd) for the part of it the report uses.
 *
 * Why not the XSDs themselves: the schemas are published by Ecma and ISO as downloads of their own, and no
 * npm package or Debian package carries them (libxml2's xmllint could validate, but has nothing to validate
 * against offline). So the types below restate, for every element the report writes, what wml.xsd says:
 * the children in the order of the type's sequence (any order where the schema has a repeated choice),
 * the attributes it declares, and the values of the simple types that matter (on/off, enumerations,
 * integers, colours). An element, attribute or namespace this table does not know is an error too, so a
 * new element in the renderer's output has to be checked against the schema before it passes.
 *
 * Markup compatibility is handled as Word does (and as the Open XML SDK's validator does): elements and
 * attributes in the namespaces the part's mc:Ignorable lists are removed before the check.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** The Transitional WordprocessingML namespace (Strict's is http://purl.oclc.org/ooxml/wordprocessingml/main). */
export const WML_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

type Value = "int" | "uint" | "onoff" | "string" | "color" | "measure" | readonly string[];

interface ElementType {
  /** Children in schema order: name, type. */
  readonly children?: readonly (readonly [name: string, type: string])[];
  /** The children may come in any order and repeat (an unbounded xsd:choice). */
  readonly anyOrder?: boolean;
  /** Children that may repeat in sequence order; those of one inner array may also mix (a repeated choice). */
  readonly repeats?: readonly string[];
  readonly mixed?: readonly string[];
  readonly attributes?: Readonly<Record<string, Value>>;
  /** The element holds text. */
  readonly text?: boolean;
}

const ON_OFF: Readonly<Record<string, Value>> = { val: "onoff" };
const STRING: Readonly<Record<string, Value>> = { val: "string" };
const DECIMAL: Readonly<Record<string, Value>> = { val: "int" };
const WIDTH: Readonly<Record<string, Value>> = { w: "measure", type: ["nil", "pct", "dxa", "auto"] };
const BORDER: Readonly<Record<string, Value>> = {
  val: ["nil", "none", "single", "thick", "double", "dotted", "dashed", "dotDash", "dotDotDash", "triple"],
  color: "color",
  themeColor: "string",
  themeTint: "string",
  themeShade: "string",
  sz: "uint",
  space: "uint",
  shadow: "onoff",
  frame: "onoff",
};
const JC = ["start", "center", "end", "both", "mediumKashida", "distribute", "numTab", "highKashida", "lowKashida"];

/** ST_Jc (paragraphs) in the Transitional schema also allows left and right. */
const PARAGRAPH_JC: Value = [...JC, "thaiDistribute", "left", "right"];

const onOff = (...names: string[]) => names.map((name) => [name, "CT_OnOff"] as const);

const TYPES: Readonly<Record<string, ElementType>> = {
  CT_Document: {
    children: [
      ["background", "CT_Background"],
      ["body", "CT_Body"],
    ],
    attributes: { conformance: ["strict", "transitional"] },
  },
  CT_Body: {
    children: [
      ["p", "CT_P"],
      ["tbl", "CT_Tbl"],
      ["sectPr", "CT_SectPr"],
    ],
    repeats: ["p", "tbl"],
    mixed: ["p", "tbl"],
  },
  CT_P: {
    children: [
      ["pPr", "CT_PPr"],
      ["r", "CT_R"],
    ],
    repeats: ["r"],
    attributes: { rsidRPr: "string", rsidR: "string", rsidDel: "string", rsidP: "string", rsidRDefault: "string" },
  },
  CT_PPr: {
    children: [
      ["pStyle", "CT_String"],
      ...onOff("keepNext", "keepLines", "pageBreakBefore"),
      ["framePr", "CT_Unknown"],
      ...onOff("widowControl"),
      ["numPr", "CT_Unknown"],
      ...onOff("suppressLineNumbers"),
      ["pBdr", "CT_Unknown"],
      ["shd", "CT_Unknown"],
      ["tabs", "CT_Unknown"],
      ...onOff("suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct"),
      ...onOff("autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid"),
      ["spacing", "CT_Spacing"],
      ["ind", "CT_Ind"],
      ...onOff("contextualSpacing", "mirrorIndents", "suppressOverlap"),
      ["jc", "CT_Jc"],
      ["textDirection", "CT_Unknown"],
      ["textAlignment", "CT_Unknown"],
      ["textboxTightWrap", "CT_Unknown"],
      ["outlineLvl", "CT_DecimalNumber"],
      ["divId", "CT_DecimalNumber"],
      ["cnfStyle", "CT_Unknown"],
      ["rPr", "CT_RPr"],
      ["sectPr", "CT_SectPr"],
    ],
  },
  CT_R: {
    children: [
      ["rPr", "CT_RPr"],
      ["t", "CT_Text"],
      ["br", "CT_Unknown"],
      ["tab", "CT_Unknown"],
    ],
    repeats: ["t", "br", "tab"],
    mixed: ["t", "br", "tab"],
    attributes: { rsidRPr: "string", rsidDel: "string", rsidR: "string" },
  },
  CT_RPr: {
    children: [
      ["rStyle", "CT_String"],
      ["rFonts", "CT_Fonts"],
      ...onOff("b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss"),
      ...onOff("imprint", "noProof", "snapToGrid", "vanish", "webHidden"),
      ["color", "CT_Color"],
      ["spacing", "CT_SignedTwipsMeasure"],
      ["w", "CT_Unknown"],
      ["kern", "CT_HpsMeasure"],
      ["position", "CT_Unknown"],
      ["sz", "CT_HpsMeasure"],
      ["szCs", "CT_HpsMeasure"],
      ["highlight", "CT_Unknown"],
      ["u", "CT_Underline"],
      ["effect", "CT_Unknown"],
      ["bdr", "CT_Unknown"],
      ["shd", "CT_Unknown"],
      ["fitText", "CT_Unknown"],
      ["vertAlign", "CT_VerticalAlignRun"],
      ...onOff("rtl", "cs"),
      ["em", "CT_Unknown"],
      ["lang", "CT_Unknown"],
      ["eastAsianLayout", "CT_Unknown"],
      ...onOff("specVanish", "oMath"),
    ],
  },
  CT_Text: { text: true, attributes: { "xml:space": ["default", "preserve"] } },
  CT_Tbl: {
    children: [
      ["tblPr", "CT_TblPr"],
      ["tblGrid", "CT_TblGrid"],
      ["tr", "CT_Row"],
    ],
    repeats: ["tr"],
  },
  CT_TblPr: {
    children: [
      ["tblStyle", "CT_String"],
      ["tblpPr", "CT_Unknown"],
      ["tblOverlap", "CT_Unknown"],
      ...onOff("bidiVisual"),
      ["tblStyleRowBandSize", "CT_DecimalNumber"],
      ["tblStyleColBandSize", "CT_DecimalNumber"],
      ["tblW", "CT_TblWidth"],
      ["jc", "CT_JcTable"],
      ["tblCellSpacing", "CT_TblWidth"],
      ["tblInd", "CT_TblWidth"],
      ["tblBorders", "CT_TblBorders"],
      ["shd", "CT_Unknown"],
      ["tblLayout", "CT_TblLayoutType"],
      ["tblCellMar", "CT_TblCellMar"],
      ["tblLook", "CT_Unknown"],
      ["tblCaption", "CT_String"],
      ["tblDescription", "CT_String"],
    ],
  },
  CT_TblBorders: {
    children: ["top", "start", "left", "bottom", "end", "right", "insideH", "insideV"].map((n) => [n, "CT_Border"]),
  },
  CT_TcBorders: {
    children: ["top", "start", "left", "bottom", "end", "right", "insideH", "insideV", "tl2br", "tr2bl"].map((n) => [
      n,
      "CT_Border",
    ]),
  },
  CT_TblCellMar: {
    children: ["top", "start", "left", "bottom", "end", "right"].map((n) => [n, "CT_TblWidth"]),
  },
  CT_TblGrid: { children: [["gridCol", "CT_TblGridCol"]], repeats: ["gridCol"] },
  CT_TblGridCol: { attributes: { w: "uint" } },
  CT_Row: {
    children: [
      ["tblPrEx", "CT_Unknown"],
      ["trPr", "CT_TrPr"],
      ["tc", "CT_Tc"],
    ],
    repeats: ["tc"],
    attributes: { rsidRPr: "string", rsidR: "string", rsidDel: "string", rsidTr: "string" },
  },
  // CT_TrPrBase is an unbounded choice.
  CT_TrPr: {
    anyOrder: true,
    children: [
      ["cnfStyle", "CT_Unknown"],
      ["divId", "CT_DecimalNumber"],
      ["gridBefore", "CT_DecimalNumber"],
      ["gridAfter", "CT_DecimalNumber"],
      ["wBefore", "CT_TblWidth"],
      ["wAfter", "CT_TblWidth"],
      ...onOff("cantSplit"),
      ["trHeight", "CT_Unknown"],
      ...onOff("tblHeader"),
      ["tblCellSpacing", "CT_TblWidth"],
      ["jc", "CT_JcTable"],
      ...onOff("hidden"),
    ],
  },
  CT_Tc: {
    children: [
      ["tcPr", "CT_TcPr"],
      ["p", "CT_P"],
      ["tbl", "CT_Tbl"],
    ],
    repeats: ["p", "tbl"],
    mixed: ["p", "tbl"],
  },
  CT_TcPr: {
    children: [
      ["cnfStyle", "CT_Unknown"],
      ["tcW", "CT_TblWidth"],
      ["gridSpan", "CT_DecimalNumber"],
      ["hMerge", "CT_Unknown"],
      ["vMerge", "CT_Unknown"],
      ["tcBorders", "CT_TcBorders"],
      ["shd", "CT_Unknown"],
      ...onOff("noWrap"),
      ["tcMar", "CT_Unknown"],
      ["textDirection", "CT_Unknown"],
      ...onOff("tcFitText"),
      ["vAlign", "CT_VerticalJc"],
      ...onOff("hideMark"),
    ],
  },
  CT_SectPr: {
    children: [
      ["headerReference", "CT_Unknown"],
      ["footerReference", "CT_Unknown"],
      ["footnotePr", "CT_Unknown"],
      ["endnotePr", "CT_Unknown"],
      ["type", "CT_Unknown"],
      ["pgSz", "CT_PageSz"],
      ["pgMar", "CT_PageMar"],
      ["paperSrc", "CT_Unknown"],
      ["pgBorders", "CT_Unknown"],
      ["lnNumType", "CT_Unknown"],
      ["pgNumType", "CT_PageNumber"],
      ["cols", "CT_Unknown"],
      ["formProt", "CT_OnOff"],
      ["vAlign", "CT_VerticalJc"],
      ...onOff("noEndnote", "titlePg"),
      ["textDirection", "CT_Unknown"],
      ...onOff("bidi", "rtlGutter"),
      ["docGrid", "CT_DocGrid"],
    ],
  },
  CT_Styles: {
    children: [
      ["docDefaults", "CT_DocDefaults"],
      ["latentStyles", "CT_Unknown"],
      ["style", "CT_Style"],
    ],
    repeats: ["style"],
  },
  CT_DocDefaults: {
    children: [
      ["rPrDefault", "CT_RPrDefault"],
      ["pPrDefault", "CT_PPrDefault"],
    ],
  },
  CT_RPrDefault: { children: [["rPr", "CT_RPr"]] },
  CT_PPrDefault: { children: [["pPr", "CT_PPr"]] },
  CT_Style: {
    children: [
      ["name", "CT_String"],
      ["aliases", "CT_String"],
      ["basedOn", "CT_String"],
      ["next", "CT_String"],
      ["link", "CT_String"],
      ...onOff("autoRedefine", "hidden"),
      ["uiPriority", "CT_DecimalNumber"],
      ...onOff("semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose", "personalReply"),
      ["rsid", "CT_Unknown"],
      ["pPr", "CT_PPr"],
      ["rPr", "CT_RPr"],
      ["tblPr", "CT_TblPr"],
      ["trPr", "CT_TrPr"],
      ["tcPr", "CT_TcPr"],
    ],
    attributes: {
      type: ["paragraph", "character", "table", "numbering"],
      styleId: "string",
      default: "onoff",
      customStyle: "onoff",
    },
  },
  CT_Numbering: {
    children: [
      ["numPicBullet", "CT_Unknown"],
      ["abstractNum", "CT_AbstractNum"],
      ["num", "CT_Num"],
      ["numIdMacAtCleanup", "CT_DecimalNumber"],
    ],
    repeats: ["numPicBullet", "abstractNum", "num"],
  },
  CT_AbstractNum: {
    children: [
      ["nsid", "CT_Unknown"],
      ["multiLevelType", "CT_MultiLevelType"],
      ["tmpl", "CT_Unknown"],
      ["name", "CT_String"],
      ["styleLink", "CT_String"],
      ["numStyleLink", "CT_String"],
      ["lvl", "CT_Lvl"],
    ],
    repeats: ["lvl"],
    attributes: { abstractNumId: "int" },
  },
  CT_Lvl: {
    children: [
      ["start", "CT_DecimalNumber"],
      ["numFmt", "CT_NumFmt"],
      ["lvlRestart", "CT_DecimalNumber"],
      ["pStyle", "CT_String"],
      ...onOff("isLgl"),
      ["suff", "CT_Unknown"],
      ["lvlText", "CT_LevelText"],
      ["lvlPicBulletId", "CT_DecimalNumber"],
      ["legacy", "CT_Unknown"],
      ["lvlJc", "CT_Jc"],
      ["pPr", "CT_PPr"],
      ["rPr", "CT_RPr"],
    ],
    attributes: { ilvl: "int", tplc: "string", tentative: "onoff" },
  },
  CT_Num: {
    children: [
      ["abstractNumId", "CT_DecimalNumber"],
      ["lvlOverride", "CT_NumLvl"],
    ],
    repeats: ["lvlOverride"],
    attributes: { numId: "int" },
  },
  CT_NumLvl: {
    children: [
      ["startOverride", "CT_DecimalNumber"],
      ["lvl", "CT_Lvl"],
    ],
    attributes: { ilvl: "int" },
  },
  CT_Settings: {
    children: [
      ["writeProtection", "CT_Unknown"],
      ["view", "CT_Unknown"],
      ["zoom", "CT_Unknown"],
      ...onOff("removePersonalInformation", "removeDateAndTime", "doNotDisplayPageBoundaries"),
      ...onOff("displayBackgroundShape", "printPostScriptOverText", "printFractionalCharacterWidth"),
      ...onOff("printFormsData", "embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts", "saveFormsData"),
      ...onOff("mirrorMargins", "alignBordersAndEdges", "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter"),
      ...onOff("gutterAtTop", "hideSpellingErrors", "hideGrammaticalErrors"),
      ["activeWritingStyle", "CT_Unknown"],
      ["proofState", "CT_Unknown"],
      ...onOff("formsDesign"),
      ["attachedTemplate", "CT_Unknown"],
      ...onOff("linkStyles"),
      ["stylePaneFormatFilter", "CT_Unknown"],
      ["stylePaneSortMethod", "CT_Unknown"],
      ["documentType", "CT_Unknown"],
      ["mailMerge", "CT_Unknown"],
      ["revisionView", "CT_Unknown"],
      ...onOff("trackRevisions", "doNotTrackMoves", "doNotTrackFormatting"),
      ["documentProtection", "CT_Unknown"],
      ...onOff("autoFormatOverride", "styleLockTheme", "styleLockQFSet"),
      ["defaultTabStop", "CT_TwipsMeasure"],
      ...onOff("autoHyphenation"),
      ["consecutiveHyphenLimit", "CT_DecimalNumber"],
      ["hyphenationZone", "CT_TwipsMeasure"],
      ...onOff("doNotHyphenateCaps", "showEnvelope"),
      ["summaryLength", "CT_DecimalNumber"],
      ["clickAndTypeStyle", "CT_String"],
      ["defaultTableStyle", "CT_String"],
      ...onOff("evenAndOddHeaders", "bookFoldRevPrinting", "bookFoldPrinting"),
      ["bookFoldPrintingSheets", "CT_DecimalNumber"],
      ["drawingGridHorizontalSpacing", "CT_TwipsMeasure"],
      ["drawingGridVerticalSpacing", "CT_TwipsMeasure"],
      ["displayHorizontalDrawingGridEvery", "CT_DecimalNumber"],
      ["displayVerticalDrawingGridEvery", "CT_DecimalNumber"],
      ...onOff("doNotUseMarginsForDrawingGridOrigin"),
      ["drawingGridHorizontalOrigin", "CT_TwipsMeasure"],
      ["drawingGridVerticalOrigin", "CT_TwipsMeasure"],
      ...onOff("doNotShadeFormData", "noPunctuationKerning"),
      ["characterSpacingControl", "CT_Unknown"],
      ...onOff("printTwoOnOne", "strictFirstAndLastChars"),
      ["noLineBreaksAfter", "CT_Unknown"],
      ["noLineBreaksBefore", "CT_Unknown"],
      ...onOff("savePreviewPicture", "doNotValidateAgainstSchema", "saveInvalidXml", "ignoreMixedContent"),
      ...onOff("alwaysShowPlaceholderText", "doNotDemarcateInvalidXml", "saveXmlDataOnly", "useXSLTWhenSaving"),
      ["saveThroughXslt", "CT_Unknown"],
      ...onOff("showXMLTags", "alwaysMergeEmptyNamespace", "updateFields"),
      ["hdrShapeDefaults", "CT_Unknown"],
      ["footnotePr", "CT_Unknown"],
      ["endnotePr", "CT_Unknown"],
      ["compat", "CT_Compat"],
    ],
  },
  // CT_Compat: the legacy on/off settings, then compatSetting repeated.
  CT_Compat: { children: [["compatSetting", "CT_CompatSetting"]], repeats: ["compatSetting"] },
  CT_CompatSetting: { attributes: { name: "string", uri: "string", val: "string" } },
  CT_OnOff: { attributes: ON_OFF },
  CT_String: { attributes: STRING },
  CT_DecimalNumber: { attributes: DECIMAL },
  CT_TwipsMeasure: { attributes: { val: "measure" } },
  CT_SignedTwipsMeasure: { attributes: { val: "int" } },
  CT_HpsMeasure: { attributes: { val: "measure" } },
  CT_Jc: { attributes: { val: PARAGRAPH_JC } },
  CT_JcTable: { attributes: { val: ["center", "end", "left", "right", "start"] } },
  CT_VerticalJc: { attributes: { val: ["top", "center", "both", "bottom"] } },
  CT_TblLayoutType: { attributes: { type: ["fixed", "autofit"] } },
  CT_TblWidth: { attributes: WIDTH },
  CT_Border: { attributes: BORDER },
  CT_Color: { attributes: { val: "color", themeColor: "string", themeTint: "string", themeShade: "string" } },
  CT_Underline: { attributes: { val: "string", color: "color", themeColor: "string" } },
  CT_VerticalAlignRun: { attributes: { val: ["baseline", "superscript", "subscript"] } },
  CT_MultiLevelType: { attributes: { val: ["singleLevel", "multilevel", "hybridMultilevel"] } },
  CT_NumFmt: { attributes: { val: "string", format: "string" } },
  CT_LevelText: { attributes: { val: "string", null: "onoff" } },
  CT_Fonts: {
    attributes: {
      hint: ["default", "eastAsia", "cs"],
      ascii: "string",
      hAnsi: "string",
      eastAsia: "string",
      cs: "string",
      asciiTheme: "string",
      hAnsiTheme: "string",
      eastAsiaTheme: "string",
      cstheme: "string",
    },
  },
  CT_Spacing: {
    attributes: {
      before: "measure",
      beforeLines: "int",
      beforeAutospacing: "onoff",
      after: "measure",
      afterLines: "int",
      afterAutospacing: "onoff",
      line: "int",
      lineRule: ["auto", "exact", "atLeast"],
    },
  },
  CT_Ind: {
    attributes: Object.fromEntries(
      ["start", "end", "left", "right", "hanging", "firstLine"].flatMap((side) => [
        [side, side === "start" || side === "end" || side === "left" || side === "right" ? "int" : "measure"],
        [`${side}Chars`, "int"],
      ]),
    ),
  },
  CT_PageSz: { attributes: { w: "measure", h: "measure", orient: ["portrait", "landscape"], code: "int" } },
  CT_PageMar: {
    attributes: {
      top: "int",
      right: "measure",
      bottom: "int",
      left: "measure",
      header: "measure",
      footer: "measure",
      gutter: "measure",
    },
  },
  CT_PageNumber: { attributes: { fmt: "string", start: "int", chapStyle: "int", chapSep: "string" } },
  CT_DocGrid: {
    attributes: { type: ["default", "lines", "linesAndChars", "snapToChars"], linePitch: "int", charSpace: "int" },
  },
};

/** The type of each part's root element. */
const ROOTS: Readonly<Record<string, string>> = {
  document: "CT_Document",
  styles: "CT_Styles",
  numbering: "CT_Numbering",
  settings: "CT_Settings",
};

function valueError(value: string, kind: Value): boolean {
  if (Array.isArray(kind)) return !kind.includes(value);
  switch (kind) {
    case "int":
      return !/^-?\d+$/.test(value);
    case "uint":
      return !/^\d+$/.test(value);
    case "measure":
      // ST_TwipsMeasure / ST_HpsMeasure: an unsigned number, or a universal measure (2.5cm).
      return !/^(\d+|-?\d+(\.\d+)?(mm|cm|in|pt|pc|pi))$/.test(value);
    case "onoff":
      return !["true", "false", "on", "off", "0", "1"].includes(value);
    case "color":
      return !/^(auto|[0-9A-Fa-f]{6})$/.test(value);
    default:
      return false;
  }
}

type Node = Record<string, unknown> & { ":@"?: Record<string, string> };

const nameOf = (node: Node): string => Object.keys(node).find((key) => key !== ":@") ?? "";

/**
 * The schema errors of one part (word/document.xml, styles.xml, numbering.xml or settings.xml), as
 * "path: message" lines; none when the part is valid.
 */
export function wordprocessingMlErrors(xml: string): string[] {
  // XML 1.0 has no C0 controls but tab and line ends, nor U+FFFE or U+FFFF (Word says the file is damaged).
  // eslint-disable-next-line no-control-regex
  const forbidden = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/.exec(xml);
  if (forbidden !== null) {
    return [
      `not well-formed XML: U+${forbidden[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")} at ${forbidden.index}`,
    ];
  }
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    processEntities: true,
  });
  const top = (parser.parse(xml) as Node[]).filter((node) => !nameOf(node).startsWith("?"));
  const errors: string[] = [];
  const root = top[0];
  if (top.length !== 1 || root === undefined) return ["the part has no single root element"];
  const rootAttributes = root[":@"] ?? {};
  const ignorable = new Set((rootAttributes["mc:Ignorable"] ?? "").split(/\s+/).filter((prefix) => prefix !== ""));
  for (const prefix of ignorable) {
    if (rootAttributes[`xmlns:${prefix}`] === undefined)
      errors.push(`mc:Ignorable names ${prefix}, which is not declared`);
  }
  if (rootAttributes["xmlns:w"] !== WML_NAMESPACE)
    errors.push(`w is bound to ${rootAttributes["xmlns:w"]}, not Transitional WML`);
  const [rootPrefix, rootLocal] = nameOf(root).split(":");
  const rootType = rootLocal === undefined ? undefined : ROOTS[rootLocal];
  if (rootPrefix !== "w" || rootType === undefined) return [...errors, `unexpected root element ${nameOf(root)}`];

  const check = (node: Node, typeName: string, path: string) => {
    const type = TYPES[typeName];
    if (type === undefined || typeName === "CT_Unknown") {
      errors.push(`${path}: element this check does not know (${typeName}); check it against wml.xsd and add it`);
      return;
    }
    for (const [attribute, value] of Object.entries(node[":@"] ?? {})) {
      if (attribute.startsWith("xmlns") || attribute === "mc:Ignorable") continue;
      const [prefix, local] = attribute.includes(":") ? attribute.split(":") : ["", attribute];
      if (prefix !== undefined && ignorable.has(prefix)) continue;
      const key = prefix === "xml" ? attribute : local;
      const kind = prefix === "w" || prefix === "xml" ? type.attributes?.[key ?? ""] : undefined;
      if (kind === undefined) errors.push(`${path}: attribute ${attribute} is not in the schema`);
      else if (valueError(value, kind)) errors.push(`${path}: ${attribute}="${value}" is not a valid value`);
    }
    const children = (node[nameOf(node)] as Node[] | undefined) ?? [];
    const order = type.children ?? [];
    let position = -1;
    let last = "";
    for (const child of children) {
      const name = nameOf(child);
      if (name === "#text") {
        if (type.text !== true && String(child["#text"]).trim() !== "")
          errors.push(`${path}: text where the schema has none`);
        continue;
      }
      const [prefix, local] = name.split(":");
      if (prefix !== undefined && ignorable.has(prefix)) continue;
      const found = prefix === "w" ? order.findIndex(([childName]) => childName === local) : -1;
      // The members of a repeated choice share the place of the first.
      const mixed = type.mixed ?? [];
      const at = mixed.includes(local ?? "") ? order.findIndex(([childName]) => childName === mixed[0]) : found;
      const childPath = `${path}/${name}`;
      if (at < 0) {
        errors.push(`${childPath}: not allowed here by the schema`);
        continue;
      }
      if (type.anyOrder !== true) {
        if (at < position) errors.push(`${childPath}: out of the schema's order (after ${last})`);
        else if (at === position && !(type.repeats ?? []).includes(local ?? "")) errors.push(`${childPath}: repeated`);
      }
      position = Math.max(position, at);
      last = name;
      check(child, order[found]?.[1] ?? "CT_Unknown", childPath);
    }
  };
  check(root, rootType, nameOf(root));
  return errors;
}
