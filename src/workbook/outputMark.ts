/**
 * The mark every Office file the tool writes carries (summary workbooks, Word reports): a custom document
 * property (docProps/custom.xml, shown by Excel, WPS and Word under 文件 › 属性 › 自定义). The command line
 * replaces an existing output file only when it holds this mark, so a workbook the user made under the
 * same name is never overwritten, and a folder run never reads the tool's own outputs as inputs.
 * Office keeps custom properties when a file is edited and saved again.
 */

/** The custom property's name; its value says what the file is (any value counts as the mark). */
export const OUTPUT_MARK_PROPERTY = "统计助手输出";

/** The property's value in a summary workbook. */
export const OUTPUT_MARK_SUMMARY_WORKBOOK = "汇总工作簿";

/** The property's value in a Word report. */
export const OUTPUT_MARK_WORD_REPORT = "Word报告";

/** The zip entry of an OOXML package's custom properties. */
export const CUSTOM_PROPERTIES_PART = "docProps/custom.xml";

/** The relationship type and content type of that part (ECMA-376 Part 1, 15.2.12.2). */
export const CUSTOM_PROPERTIES_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
export const CUSTOM_PROPERTIES_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";

/** The format id every user-defined custom property has. */
const USER_DEFINED_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** docProps/custom.xml holding the mark, with `value` saying what the file is. */
export function customPropertiesXml(value: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<property fmtid="${USER_DEFINED_FMTID}" pid="2" name="${escapeXml(OUTPUT_MARK_PROPERTY)}">` +
    `<vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property></Properties>`
  );
}

/** Whether a docProps/custom.xml text holds the mark (a property of that name, whatever its value). */
export function holdsOutputMark(customXml: string): boolean {
  const name = escapeXml(OUTPUT_MARK_PROPERTY);
  const tags = customXml.match(/<(?:\w+:)?property\b[^>]*>/g) ?? [];
  return tags.some((tag) => tag.includes(`name="${name}"`) || tag.includes(`name='${name}'`));
}
