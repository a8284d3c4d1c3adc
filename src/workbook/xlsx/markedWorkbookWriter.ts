import ExcelJS from "exceljs";
import {
  CUSTOM_PROPERTIES_CONTENT_TYPE,
  CUSTOM_PROPERTIES_PART,
  CUSTOM_PROPERTIES_RELATIONSHIP,
  customPropertiesXml,
} from "../outputMark";

/** The zip of ExcelJS's streaming writer (an archiver instance; lib/stream/xlsx/workbook-writer.js, 4.4). */
interface WriterInternals {
  zip: { append(source: unknown, data: { name: string }): unknown };
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
 * ExcelJS's streaming workbook writer, writing one more part: docProps/custom.xml with the tool's mark
 * (outputMark.ts). ExcelJS writes no custom properties of its own; the part is added where the writer
 * appends the package relationships (from its constructor) and the content types. A test reads the mark
 * back from a written file with another zip reader, so a change inside ExcelJS cannot drop it unseen.
 */
export function markedWorkbookWriter(
  options: Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>,
  markValue: string,
): ExcelJS.stream.xlsx.WorkbookWriter {
  class MarkedWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
    /** Called by the base constructor once its zip exists: from then on every part passes withCustomPart. */
    override addOfficeRels(): Promise<void> {
      const internals = this as unknown as WriterInternals;
      const zip = internals.zip;
      const append = zip.append.bind(zip);
      zip.append = (source, data) => {
        const result = append(typeof source === "string" ? withCustomPart(data.name, source) : source, data);
        if (data.name === "[Content_Types].xml") {
          append(customPropertiesXml(markValue), { name: CUSTOM_PROPERTIES_PART });
        }
        return result;
      };
      return super.addOfficeRels();
    }
  }
  return new MarkedWriter(options);
}
