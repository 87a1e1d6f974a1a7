/**
 * Regenerates samples/weekly-bulletin-2023-38.xlsx, the bundled sample: the workbook a hall clerk keeps for
 * the August 2023 assessment behind the reference weekly bulletin (2023 第38期). Run: npm run sample [-- OUT.xlsx].
 *
 * Sheet 「考核」 lists the 29 windows in the hall's department order, not ranked. Deductions are written the
 * way most clerks' sheets do, as the positive number of points deducted (成都海关 2), and 实得分值 is the
 * formula =C−D+E with its computed value stored, as Excel saves it. The windows that tie in the reference
 * attachment appear here in the same relative order, since ties keep their source order.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { addBulletinInputSheets } from './sample-bulletin-sheets';
import { addLedgerSampleSheets } from './sample-ledger-sheets';

export const SAMPLE_PATH = path.join('samples', 'weekly-bulletin-2023-38.xlsx');

/** [window, deduction, bonus]; base is 100 for every window. Figures from the reference attachment. */
const WINDOWS: [string, number, number][] = [
  ['省发展改革委', 0, 10.5],
  ['经济和信息化厅', 0, 7],
  ['教育厅', 12, 2],
  ['公安厅', 0, 7.5],
  ['文化和旅游厅', 0, 7],
  ['司法厅', 0, 7],
  ['民政厅', 0, 7],
  ['自然资源厅', 0, 17],
  ['生态环境厅', 0, 10],
  ['住房城乡建设厅', 0, 5],
  ['交通运输厅', 0, 18],
  ['水利厅', 0, 10],
  ['省卫生健康委', 0, 6.5],
  ['农业农村厅', 0, 6.5],
  ['商务厅', 0, 6],
  ['应急管理厅', 0, 13],
  ['省市场监管局', 0, 13.5],
  ['省广电局', 0, 6],
  ['省药监局', 0, 6.5],
  ['省林草局', 0, 11],
  ['省新闻出版局(省版权局、省电影局)', 0, 0.5],
  ['省贸促会', 0, 0],
  ['科技厅', 0, 0],
  ['成都海关', 2, 0.5],
  ['四川气象局', 0, 1.5],
  ['四川省税务局', 0, 1.5],
  ['四川地震局', 8, 0],
  ['四川测绘局', 13, 0],
  ['四川消防救援总队', 0, 0.5],
];

const BASE = 100;
const FIXED_DATE = new Date(Date.UTC(2023, 8, 1, 9, 0, 0)); // so regenerating does not change the metadata

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const songti = (size: number, bold = false): Partial<ExcelJS.Font> => ({ name: '宋体', size, bold, charset: 134, family: 3 });

/** 「考核」: title, header, one row per window, a note. */
export function addScoreSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('考核', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = [{ width: 6 }, { width: 34 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 10 }];

  ws.mergeCells('A1:F1');
  const title = ws.getCell('A1');
  title.value = '2023年8月省政务服务大厅进驻部门（单位）窗口考核情况';
  title.font = songti(16, true);
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;

  const header = ws.getRow(2);
  header.values = ['序号', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值'];
  header.height = 20;
  header.eachCell((cell) => {
    cell.font = songti(11, true);
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = box;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });

  WINDOWS.forEach(([name, deduction, bonus], i) => {
    const r = i + 3;
    const row = ws.getRow(r);
    // The cached result is computed in tenths, as Excel's own value would be exact for these figures.
    const score = (BASE * 10 - Math.round(deduction * 10) + Math.round(bonus * 10)) / 10;
    row.values = [i + 1, name, BASE, deduction, bonus, { formula: `C${r}-D${r}+E${r}`, result: score }];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = songti(11);
      cell.border = box;
      cell.alignment = { horizontal: col === 2 ? 'left' : 'center', vertical: 'middle' };
      if (col >= 3) cell.numFmt = 'General';
    });
  });

  const noteRow = WINDOWS.length + 3;
  ws.mergeCells(noteRow, 1, noteRow, 6);
  const note = ws.getCell(noteRow, 1);
  note.value = '注：减分分值填写扣减的分数（正数），实得分值 = 基础分值 − 减分分值 + 加分分值。';
  note.font = songti(10);
}

export async function makeSample(file: string = SAMPLE_PATH): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '省政务服务大厅';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  addScoreSheet(wb);
  addBulletinInputSheets(wb);
  addLedgerSampleSheets(wb);
  await wb.xlsx.writeFile(file);
}

// An output path may be given (tests regenerate into a temporary folder and compare with the committed file).
const target = process.argv[2] ?? SAMPLE_PATH;
makeSample(target).then(
  () => console.log(`wrote ${target}`),
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
