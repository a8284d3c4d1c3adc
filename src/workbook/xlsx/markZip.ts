import {
  CUSTOM_PROPERTIES_CONTENT_TYPE,
  CUSTOM_PROPERTIES_PART,
  CUSTOM_PROPERTIES_RELATIONSHIP,
  customPropertiesXml,
} from "../outputMark";

/** The zip ExcelJS's writers append the package's parts to (the streaming writer's and the in-memory one's). */
export interface PartZip {
  append(source: unknown, data: { name: string }): unknown;
}

/** Adds the custom-properties part to the package's relationships and content types. */
function withCustomPart(name: string, xml: string): string {
  if (name === "/_rels/.rels" || name === "_rels/.rels") {
    return xml.replace(
      "</Relationships>",
      `<Relationship Id="rIdTongjiMark" Type="${CUSTOM_PROPERTIES_RELATIONSHIP}" Target="${CUSTOM_PROPERTIES_PART}"/></Relationships>`,
    );
  }
  if (name === "[Content_Types].xml") {
    return xml.replace(
      "</Types>",
      `<Override PartName="/${CUSTOM_PROPERTIES_PART}" ContentType="${CUSTOM_PROPERTIES_CONTENT_TYPE}"/></Types>`,
    );
  }
  return xml;
}

/**
 * Makes every part appended to an ExcelJS zip from now on carry the tool's mark (outputMark.ts): the
 * package relationships and content types name docProps/custom.xml, which follows the content types.
 * ExcelJS writes no custom properties of its own. Call it before the writer appends its first part.
 */
export function markZip(zip: PartZip, markValue: string): void {
  const append = zip.append.bind(zip);
  zip.append = (source, data) => {
    const result = append(typeof source === "string" ? withCustomPart(data.name, source) : source, data);
    if (data.name === "[Content_Types].xml") append(customPropertiesXml(markValue), { name: CUSTOM_PROPERTIES_PART });
    return result;
  };
}
