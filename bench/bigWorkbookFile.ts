/**
 * The large workbooks the big-workbook bench reads, written once with ExcelJS's streaming writer (shared strings,
 * as Excel saves them) and kept under the system temp folder: a rerun finds them and skips the minute of writing.
 * The file name carries the generator version and the row counts, so a changed generator writes a new file.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

const GENERATOR_VERSION = 1;
const DIR = path.join(os.tmpdir(), 'window-bulletin-bench');

export interface BigWorkbookSpec {
  /** Windows on the score sheet 考核. */
  windows: number;
  /** Case records on the detail sheet 办件明细 (0: no such sheet). */
  records: number;
}

const REMARK = '本月按时到岗，无投诉，群众评价满意，材料齐全。';
const DEPARTMENTS = ['市场监管局', '人社局', '公安局', '税务局', '不动产登记中心', '住建局', '医保局', '公积金中心', '卫健委', '交通运输局'];
const ITEMS = ['企业设立登记', '个体工商户登记', '社保关系转移', '身份证换领', '不动产转移登记', '施工许可', '医保备案', '公积金提取', '执业注册', '道路运输许可'];
const STATES = ['已办结', '已办结', '已办结', '办理中', '已退回'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华';

/** The path of the workbook for `spec`, written first if it is not there yet. */
export async function bigWorkbookFile(spec: BigWorkbookSpec): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  const file = path.join(DIR, `big-v${GENERATOR_VERSION}-${spec.windows}w-${spec.records}r.xlsx`);
  if (existsSync(file) && statSync(file).size > 0) return file;
  // Written beside it and renamed: a bench killed mid-write leaves no half file to be reused next time.
  const partial = `${file}.${process.pid}.partial`;
  try {
    await writeBigWorkbook(partial, spec);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  return file;
}

async function writeBigWorkbook(file: string, spec: BigWorkbookSpec): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const scores = wb.addWorksheet('考核');
  scores.mergeCells('A1:F1');
  scores.addRow(['2023年8月省政务服务大厅进驻部门（单位）窗口考核情况']).commit();
  scores.addRow(['序号', '部门窗口', '基础分值', '减分分值', '加分分值', '备注说明']).commit();
  for (let i = 0; i < spec.windows; i++) {
    scores.addRow([i + 1, `窗口${i + 1}`, 100, (i % 37) / 10, (i % 53) / 2, REMARK]).commit();
  }
  scores.commit();
  if (spec.records > 0) writeRecords(wb.addWorksheet('办件明细'), spec);
  await wb.commit();
}

/** A year of case records, the sheet that makes a real workbook large: unique case numbers, names, two dates. */
function writeRecords(ws: ExcelJS.Worksheet, spec: BigWorkbookSpec): void {
  ws.columns = [
    { header: '序号', width: 8 },
    { header: '受理编号', width: 20 },
    { header: '部门', width: 14 },
    { header: '部门窗口', width: 12 },
    { header: '事项名称', width: 16 },
    { header: '申请人', width: 10 },
    { header: '受理时间', width: 12, style: { numFmt: 'yyyy-mm-dd' } },
    { header: '办结时间', width: 12, style: { numFmt: 'yyyy-mm-dd' } },
    { header: '承诺时限（天）', width: 10 },
    { header: '实际用时（天）', width: 10 },
    { header: '办理状态', width: 10 },
  ];
  const start = Date.UTC(2023, 0, 1);
  const day = 24 * 3600 * 1000;
  for (let i = 0; i < spec.records; i++) {
    const accepted = new Date(start + (i % 365) * day);
    const took = (i * 7) % 15;
    const name = SURNAMES[i % SURNAMES.length] + GIVEN[(i * 13) % GIVEN.length] + GIVEN[(i * 17) % GIVEN.length];
    ws.addRow([
      i + 1,
      `SX2023${String(i + 1).padStart(8, '0')}`,
      DEPARTMENTS[i % DEPARTMENTS.length],
      `窗口${(i % spec.windows) + 1}`,
      ITEMS[(i * 3) % ITEMS.length],
      name,
      accepted,
      new Date(accepted.getTime() + took * day),
      20,
      took,
      STATES[i % STATES.length],
    ]).commit();
  }
  ws.commit();
}
