/**
 * What the 新建模板 command (and the sample script) writes: each input sheet as an Excel table with its
 * columns, their kinds (for data validation) and rows. Pure data; src/xlsx/template.ts writes it with ExcelJS.
 */
import type { CellValue } from '../cell';
import { toUtcDate, type CivilDate } from './civilDate';
import { FACT_SPECS, type FactKey } from './factSpecs';
import type { BulletinFacts } from './facts';
import {
  FACTS_SHEET,
  FREE_TEXT_SHEET,
  HANDBOOK_SHEET,
  STATISTICS_SHEET,
  TEMPLATES_SHEET,
  VISITS_SHEET,
  type ColumnKind,
  type InputSheet,
} from './inputSheets';
import type { ServiceFigures } from './statistics';
import { TEMPLATE_SPECS, allowedFields, type TemplateName } from './templateSpecs';

export interface InputSheetContent {
  sheet: string;
  /** Excel table (ListObject) name: ASCII, unique in the workbook. */
  tableName: string;
  /** One line above the table telling the clerk what the sheet is for. */
  note: string;
  columns: { label: string; kind: ColumnKind; width: number }[];
  rows: CellValue[][];
  /** Kinds that differ from their column's, by row and column of `rows` (the facts sheet: one kind per row). */
  cellKinds: { row: number; col: number; kind: ColumnKind }[];
}

export interface WeekFiguresRow extends Partial<ServiceFigures> {
  weekStart: CivilDate;
  weekEnd: CivilDate;
}

export interface BulletinInputData {
  facts: Partial<Record<FactKey, CellValue>>;
  statistics: WeekFiguresRow[];
  handbook: { date: CivilDate; department: string; items: number }[];
  visits: { date: CivilDate; department: string; title: string; name: string }[];
  freeText: { section: string; order: number | null; text: string }[];
  /** Templates the workbook spells out; the rest are listed with their defaults so a clerk sees them all. */
  templates: Partial<Record<TemplateName, string>>;
}

export interface ScoreSheetData {
  sheet: string;
  title: string;
  rows: { window: string; base: number; deduction: number; bonus: number }[];
}

function columnsOf(spec: InputSheet<string>): InputSheetContent['columns'] {
  return spec.columns.map((c) => ({ label: c.label, kind: c.kind, width: c.width }));
}

/** The facts as the sheet holds them: dates as dates, the assessment month as the first day of that month. */
export function factCells(facts: BulletinFacts): Partial<Record<FactKey, CellValue>> {
  return {
    bulletinName: facts.bulletinName,
    yearIssue: facts.yearIssue,
    totalIssue: facts.totalIssue,
    weekStart: toUtcDate(facts.weekStart),
    weekEnd: toUtcDate(facts.weekEnd),
    issueDate: toUtcDate(facts.issueDate),
    unit: facts.unit,
    send: facts.send,
    distribute: facts.distribute,
    printRun: facts.printRun,
    hallName: facts.hallName,
    assessmentMonth: facts.assessmentMonth ? toUtcDate({ ...facts.assessmentMonth, day: 1 }) : null,
    handbookTotal: facts.handbookTotal,
    scoreSheet: facts.scoreSheet,
    rankingSummary: facts.rankingSummary ? '是' : '否',
    attachRanking: facts.attachRanking ? '是' : '否',
  };
}

function factsContent(facts: BulletinInputData['facts']): InputSheetContent {
  const rows = FACT_SPECS.map((s) => [s.label, facts[s.key] ?? null, s.note]);
  return {
    sheet: FACTS_SHEET.name,
    tableName: 'BulletinFacts',
    note: '本期通报的基本信息。“内容”列按项目填写；标“说明”的一列只是提示。',
    columns: columnsOf(FACTS_SHEET),
    rows,
    cellKinds: FACT_SPECS.map((s, row) => ({ row, col: 1, kind: s.kind })),
  };
}

export function inputSheetContents(data: BulletinInputData): InputSheetContent[] {
  const d = (c: CivilDate): Date => toUtcDate(c);
  const orNull = (n: number | undefined): CellValue => (n === undefined ? null : n);
  return [
    factsContent(data.facts),
    {
      sheet: STATISTICS_SHEET.name,
      tableName: 'WeeklyStatistics',
      note: '省本级综窗每周办件数，每周一行；“今年以来”的累计数由程序按周结束日期所在年度相加。',
      columns: columnsOf(STATISTICS_SHEET),
      rows: data.statistics.map((w) => [
        d(w.weekStart),
        d(w.weekEnd),
        orNull(w.consultations),
        orNull(w.acceptances),
        orNull(w.certificates),
        orNull(w.transfers),
      ]),
      cellKinds: [],
    },
    {
      sheet: HANDBOOK_SHEET.name,
      tableName: 'HandbookProgress',
      note: '受理工作手册编制：每周每个部门完成的办理项数；办理项总数填在「通报信息」。',
      columns: columnsOf(HANDBOOK_SHEET),
      rows: data.handbook.map((h) => [d(h.date), h.department, h.items]),
      cellKinds: [],
    },
    {
      sheet: VISITS_SHEET.name,
      tableName: 'LeaderVisits',
      note: '厅（局）长到大厅窗口调研值守，每人每次一行，按通报中的先后顺序填写。',
      columns: columnsOf(VISITS_SHEET),
      rows: data.visits.map((v) => [d(v.date), v.department, v.title, v.name]),
      cellKinds: [],
    },
    {
      sheet: FREE_TEXT_SHEET.name,
      tableName: 'BulletinText',
      note: '本期的文字段落，每段一行。栏目：其它工作开展情况、大厅工作动态、政务资讯，或新的栏目名称；一个栏目有多段时自动编号1. 2. …',
      columns: columnsOf(FREE_TEXT_SHEET),
      rows: data.freeText.map((p) => [p.section, p.order, p.text]),
      cellKinds: [],
    },
    {
      sheet: TEMPLATES_SHEET.name,
      tableName: 'BulletinTemplates',
      note: '生成段落和标题的模板。{字段}处填入数字或名单；可以改写文字，清空“可省略”的模板则不写这一段。',
      columns: columnsOf(TEMPLATES_SHEET),
      rows: TEMPLATE_SPECS.map((s) => [
        s.name,
        data.templates[s.name] ?? s.text,
        `${allowedFields(s).map((f) => `{${f}}`).join(' ')}${s.mayBeEmpty ? '（可省略）' : ''}`,
      ]),
      cellKinds: [],
    },
  ];
}

/** A score sheet like the one the attachment is ranked from: title row above, decimals for scores. */
export function scoreSheetContent(data: ScoreSheetData): InputSheetContent {
  return {
    sheet: data.sheet,
    tableName: 'Scores',
    note: data.title,
    columns: [
      { label: '部门窗口', kind: 'text', width: 30 },
      { label: '基础分值', kind: 'decimal', width: 11 },
      { label: '减分分值', kind: 'decimal', width: 11 },
      { label: '加分分值', kind: 'decimal', width: 11 },
    ],
    rows: data.rows.map((r) => [r.window, r.base, r.deduction, r.bonus]),
    cellKinds: [],
  };
}
