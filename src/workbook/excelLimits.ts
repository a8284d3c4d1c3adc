/** Limits of an Excel sheet that the writers must respect (the same in Office.js, ExcelJS and WPS). */

/** The characters one cell holds. */
export const MAX_CELL_CHARS = 32767;

/** The largest row height, in points. */
export const MAX_ROW_POINTS = 409;
