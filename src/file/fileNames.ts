/** The name a copy is downloaded under: 「原文件名-8月考核结果.xlsx」, beside the file it came from. */

/** Characters Windows does not allow in a file name (a sheet name cannot hold most of them, but a period name might). */
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|]/g;

export function outputFileName(inputName: string, sheetName: string): string {
  const stem = inputName.replace(/\.xlsx$/i, '') || '工作簿';
  return `${stem}-${sheetName.replace(NOT_IN_FILE_NAMES, '_')}.xlsx`;
}

/** The new input workbook 新建模板 hands over on the web page (a workbook of its own, not a copy of the chosen file). */
export const TEMPLATE_FILE_NAME = '周报输入模板.xlsx';
