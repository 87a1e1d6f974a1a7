/** The two ExcelJS modules streamWorkbook.ts borrows its date rule from (plain CommonJS, shipped without types). */
declare module 'exceljs/lib/xlsx/defaultnumformats' {
  /** Built-in number formats by id; `f` is the format code where ExcelJS knows one independent of locale. */
  const formats: Record<string, { f?: string } | undefined>;
  export default formats;
}
declare module 'exceljs/lib/utils/utils' {
  const utils: {
    isDateFmt(fmt: string | undefined): boolean;
    excelToDate(serial: number, date1904: boolean): Date;
  };
  export default utils;
}
