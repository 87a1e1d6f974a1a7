/**
 * Which cell styles make a number a date, decided exactly as ExcelJS decides it when it loads a whole workbook
 * (its built-in format table and its date-format test), so the streaming read and the in-memory read agree on
 * every cell. A style's number format is its own custom format, or the built-in one with that id.
 */
import defaultNumFormats from 'exceljs/lib/xlsx/defaultnumformats';
import excelUtils from 'exceljs/lib/utils/utils';

export interface StyleFormats {
  /** numFmtId of each cellXfs entry, by style index (the s="…" of a cell). */
  xfNumFmtIds: number[];
  /** Custom formats declared in the styles part, by numFmtId. */
  customFormats: Map<number, string>;
}

/** For each style index: does a number in a cell of this style show as a date? */
export function dateStyleFlags(styles: StyleFormats): boolean[] {
  return styles.xfNumFmtIds.map((id, index) => {
    // ExcelJS ignores style 0 (s="0" or none): the default style never makes a date.
    if (index === 0 || !id) return false;
    const code = styles.customFormats.get(id) ?? defaultNumFormats[id]?.f;
    return excelUtils.isDateFmt(code);
  });
}

export function serialToDate(serial: number, date1904: boolean): Date {
  return excelUtils.excelToDate(serial, date1904);
}
