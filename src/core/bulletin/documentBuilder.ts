/**
 * Builds the whole bulletin document, in the reference's order:
 *   一、综窗改革攻坚行动 （一）办件情况 （二）手册编制 （三）其它工作   二、大厅工作动态   三、厅（局）长进大厅
 *   四、政务资讯   [clerks' own sections]   [考核情况, only when 「通报信息」 asks for it]; then the attachment (its note 「附件：…」 is
 *   attachment.bodyNote, which every rendering prints after the blocks, not a block) and the foot.
 * A section with nothing to say is left out and the sections after it are renumbered.
 */
import type { BulletinTable, Period } from '../model';
import { EMPTY_HISTORY_FIELDS, type HistoryFields } from '../history/sentences';
import { chineseDate, chineseDateRange, chineseNumeral, issueLine } from './chineseDates';
import type { BulletinAttachment, BulletinBlock, BulletinDocument } from './document';
import { FONTS } from './bulletinFonts';
import { breakTitle, lineCapacity, titleOnOneLine } from './titleBreak';
import { bulletinYear, type BulletinFacts } from './facts';
import type { FreeTextParagraph } from './freeText';
import { numberedParagraphs } from './freeText';
import type { HandbookProgress } from './handbook';
import { normalizeLabel, stripHeadingNumber } from './labels';
import { commonFields, handbookFields, periodFields, statisticsFields, visitFields, type FieldValues } from './paragraphs';
import { rankingSummaryFields } from './rankingSummary';
import type { StatisticsSummary } from './statistics';
import { fillTemplate, type TemplateSet } from './templates';
import type { TemplateName } from './templateSpecs';
import type { Visit } from './visits';

export interface BulletinInputs {
  facts: BulletinFacts;
  statistics: StatisticsSummary;
  /** Null when the workbook keeps no 「手册编制」 sheet: the subsection is left out. */
  handbook: HandbookProgress | null;
  /** This week's visits; null when the workbook keeps no 「厅局长进大厅」 sheet (the section is left out). */
  visits: Visit[] | null;
  freeText: FreeTextParagraph[];
  templates: TemplateSet;
}

export interface BulletinAttachmentInput {
  table: BulletinTable;
  period: Period;
  /** {流动红旗}, {末位提醒}, {名次变化} from 「考核历史」 (src/core/history/bulletinFields.ts); empty when absent. */
  history?: HistoryFields;
}

/** A section of the body before numbering: its heading template, and its paragraphs or subsections. */
interface Section {
  heading: string;
  paragraphs: { text: string; source: 'generated' | 'free-text' }[];
  children: Section[];
}

/** Free-text sections, by the key a clerk may type in 栏目 (or the section's heading text). */
export const FREE_TEXT_SECTIONS = ['其它工作', '大厅工作动态', '政务资讯'] as const;
type FreeTextSection = (typeof FREE_TEXT_SECTIONS)[number];

function headingTemplate(key: FreeTextSection): TemplateName {
  return `标题：${key}` as TemplateName;
}

export function buildBulletinDocument(inputs: BulletinInputs, attachment: BulletinAttachmentInput | null): BulletinDocument {
  const { facts, templates } = inputs;
  const base: FieldValues = { ...commonFields(facts), ...periodFields(attachment?.period ?? null) };
  const fill = (name: TemplateName, extra: FieldValues = {}): string => fillTemplate(templates[name], { ...base, ...extra });
  const isEmpty = (name: TemplateName): boolean => templates[name].parts.length === 0;
  const generated = (text: string) => ({ text, source: 'generated' as const });

  const freeTextBy = groupFreeText(inputs.freeText, (key) => fill(headingTemplate(key)));
  const freeSection = (key: FreeTextSection): Section => ({
    heading: fill(headingTemplate(key)),
    paragraphs: numberedParagraphs(freeTextBy.known.get(key) ?? []).map((text) => ({ text, source: 'free-text' })),
    children: [],
  });

  const handbookSection: Section = { heading: fill('标题：手册编制'), paragraphs: [], children: [] };
  if (inputs.handbook) {
    const h = inputs.handbook;
    const name: TemplateName = h.thisWeek.length > 0 ? '手册编制' : '手册编制（本周无）';
    if (!isEmpty(name)) handbookSection.paragraphs.push(generated(fill(name, handbookFields(h))));
  }

  const visitsSection: Section = { heading: fill('标题：厅局长进大厅'), paragraphs: [], children: [] };
  if (inputs.visits) {
    const n = inputs.visits.length;
    const name: TemplateName = n === 0 ? '厅局长进大厅（无）' : n === 1 ? '厅局长进大厅（一人）' : '厅局长进大厅（多人）';
    if (!isEmpty(name)) visitsSection.paragraphs.push(generated(fill(name, visitFields(inputs.visits))));
  }

  const rankingSection: Section = { heading: '', paragraphs: [], children: [] };
  if (attachment && facts.rankingSummary && !isEmpty('考核小结')) {
    const extra = { ...rankingSummaryFields(attachment.table), 附件标题: attachment.table.title, ...EMPTY_HISTORY_FIELDS, ...attachment.history };
    rankingSection.heading = fill('标题：考核情况', extra);
    rankingSection.paragraphs.push(generated(fill('考核小结', extra)));
  }

  const sections: Section[] = [
    {
      heading: fill('标题：综窗改革攻坚行动'),
      paragraphs: [],
      children: [
        { heading: fill('标题：办件情况'), paragraphs: [generated(fill('办件统计', statisticsFields(inputs.statistics)))], children: [] },
        handbookSection,
        freeSection('其它工作'),
      ],
    },
    freeSection('大厅工作动态'),
    visitsSection,
    freeSection('政务资讯'),
    ...freeTextBy.other.map(([heading, rows]) => ({
      heading,
      paragraphs: numberedParagraphs(rows).map((text) => ({ text, source: 'free-text' as const })),
      children: [],
    })),
    rankingSection,
  ];

  const blocks: BulletinBlock[] = [];
  numberSections(sections, 1, blocks);

  return {
    head: {
      name: facts.bulletinName,
      issueLine: issueLine(bulletinYear(facts), facts.yearIssue, facts.totalIssue),
      dateRange: `（${chineseDateRange(facts.weekStart, facts.weekEnd)}）`,
      unit: facts.unit,
      issueDate: chineseDate(facts.issueDate),
    },
    blocks,
    attachment: attachment ? attachmentPart(attachment, fill) : null,
    foot: { send: `送：${facts.send}`, distribute: `发：${facts.distribute}`, printRun: `（共印${facts.printRun}份）` },
  };
}

/** The attachment: its title from the template (with any break the clerk typed), the note in the body, the table. */
function attachmentPart(attachment: BulletinAttachmentInput, fill: (name: TemplateName, extra?: FieldValues) => string): BulletinAttachment {
  const typed = fill('标题：附件', { 附件标题: attachment.table.title });
  const title = titleOnOneLine(typed);
  return {
    label: '附件',
    bodyNote: fill('附件说明', { 附件标题: title }),
    titleLines: breakTitle(typed, lineCapacity(FONTS.attachmentTitle.size)),
    table: { ...attachment.table, title },
  };
}

function hasContent(s: Section): boolean {
  return s.paragraphs.length > 0 || s.children.some(hasContent);
}

/** 一、 for level 1, （一） for level 2; headings carry their number in their text so every rendering agrees. */
function numberSections(sections: readonly Section[], level: 1 | 2, out: BulletinBlock[]): void {
  let n = 0;
  for (const s of sections) {
    if (!hasContent(s)) continue;
    n++;
    const num = chineseNumeral(n);
    out.push({ kind: 'heading', level, text: level === 1 ? `${num}、${s.heading}` : `（${num}）${s.heading}` });
    for (const p of s.paragraphs) out.push({ kind: 'paragraph', text: p.text, source: p.source });
    if (s.children.length > 0) numberSections(s.children, 2, out);
  }
}

/**
 * Sorts the clerks' paragraphs into the known free-text sections (by key, by heading text, with or without
 * a typed number) and their own sections, which keep the order of first appearance.
 */
function groupFreeText(
  paragraphs: readonly FreeTextParagraph[],
  headingOf: (key: FreeTextSection) => string,
): { known: Map<FreeTextSection, FreeTextParagraph[]>; other: [string, FreeTextParagraph[]][] } {
  const known = new Map<FreeTextSection, FreeTextParagraph[]>();
  const other = new Map<string, { heading: string; rows: FreeTextParagraph[] }>();
  for (const p of paragraphs) {
    const key = freeTextSectionOf(p.section, headingOf);
    if (key) {
      known.set(key, [...(known.get(key) ?? []), p]);
      continue;
    }
    const n = stripHeadingNumber(normalizeLabel(p.section));
    const entry = other.get(n) ?? { heading: p.section.replace(/^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d+[、.．])\s*/u, ''), rows: [] };
    entry.rows.push(p);
    other.set(n, entry);
  }
  return { known, other: [...other.values()].map((e) => [e.heading, e.rows]) };
}

export function freeTextSectionOf(section: string, headingOf: (key: FreeTextSection) => string): FreeTextSection | null {
  const n = stripHeadingNumber(normalizeLabel(section));
  return FREE_TEXT_SECTIONS.find((key) => normalizeLabel(key) === n || normalizeLabel(headingOf(key)) === n) ?? null;
}

