/** Parsing and filling templates with named fields, and reading a clerk's overrides from 「通报模板」. */
import type { SheetGrid } from '../cell';
import { at, problem, type Problem } from '../problems';
import { shownValue } from './cellRead';
import { TEMPLATES_SHEET } from './inputSheets';
import { readInputTable } from './inputTable';
import { normalizeLabel } from './labels';
import { TEMPLATE_SPECS, allowedFields, type TemplateName, type TemplateSpec } from './templateSpecs';

export type TemplatePart = { literal: string } | { field: string };

export interface ParsedTemplate {
  parts: TemplatePart[];
  /** Where the clerk's version was read (A1 in 「通报模板」); absent for the built-in default. */
  cell?: string;
}

export type TemplateSet = Record<TemplateName, ParsedTemplate>;

const OPEN = new Set(['{', '｛']);
const CLOSE = new Set(['}', '｝']);

/** {字段} marks a field (full-width braces too); {{ and }} are literal braces. */
export function parseTemplate(text: string): { parts: TemplatePart[]; error: string | null } {
  const parts: TemplatePart[] = [];
  let literal = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (OPEN.has(c) && OPEN.has(chars[i + 1])) {
      literal += c;
      i++;
    } else if (CLOSE.has(c) && CLOSE.has(chars[i + 1])) {
      literal += c;
      i++;
    } else if (OPEN.has(c)) {
      const end = chars.findIndex((x, j) => j > i && CLOSE.has(x));
      const nested = chars.findIndex((x, j) => j > i && OPEN.has(x));
      if (end < 0 || (nested >= 0 && nested < end)) return { parts, error: `第${i + 1}个字符处的“${c}”没有配对的“}”` };
      if (literal) parts.push({ literal });
      literal = '';
      parts.push({ field: chars.slice(i + 1, end).join('').trim() });
      i = end;
    } else if (CLOSE.has(c)) {
      return { parts, error: `第${i + 1}个字符处的“${c}”没有配对的“{”` };
    } else {
      literal += c;
    }
  }
  if (literal) parts.push({ literal });
  return { parts, error: null };
}

export function templateFields(t: ParsedTemplate): string[] {
  return t.parts.flatMap((p) => ('field' in p ? [p.field] : []));
}

/** Fills a template; every field it uses must be in `values` (the readers already rejected unknown ones). */
export function fillTemplate(t: ParsedTemplate, values: Readonly<Record<string, string>>): string {
  return t.parts
    .map((p) => {
      if ('literal' in p) return p.literal;
      const v = values[p.field];
      if (v === undefined) throw new Error(`template field without a value: ${p.field}`);
      return v;
    })
    .join('');
}

/** The template as a clerk would type it again: fields in braces, literal braces doubled. */
export function templateText(t: ParsedTemplate): string {
  return t.parts.map((p) => ('field' in p ? `{${p.field}}` : p.literal.replace(/[{}｛｝]/gu, (c) => c + c))).join('');
}

export function defaultTemplates(): TemplateSet {
  const set = {} as TemplateSet;
  for (const spec of TEMPLATE_SPECS) set[spec.name] = { parts: parseTemplate(spec.text).parts };
  return set;
}

function specNamed(text: string): TemplateSpec | undefined {
  const n = normalizeLabel(text);
  return TEMPLATE_SPECS.find((s) => normalizeLabel(s.name) === n);
}

/** The templates to use: the defaults, with each row of 「通报模板」 replacing its namesake. */
export function readTemplates(grid: SheetGrid | null): { templates: TemplateSet; problems: Problem[] } {
  const templates = defaultTemplates();
  if (!grid) return { templates, problems: [] };
  const { table, problems } = readInputTable(grid, TEMPLATES_SHEET.columns);
  if (!table) return { templates, problems };
  const sheet = grid.name;
  const seen = new Map<TemplateName, string>();
  for (const r of table.rows) {
    const nameCell = r.cells.name!;
    const textCell = r.cells.template!;
    const name = shownValue(nameCell.value).trim();
    const spec = specNamed(name);
    if (!spec) {
      problems.push(problem('INPUT', 'warning', `${at(sheet, nameCell.address)} 的模板名称“${name}”不认识，未使用。`, sheet, [nameCell.address]));
      continue;
    }
    const earlier = seen.get(spec.name);
    if (earlier) {
      problems.push(problem('INPUT', 'error', `${at(sheet, earlier)} 和 ${at(sheet, nameCell.address)} 重复定义了模板“${spec.name}”。`, sheet, [earlier, nameCell.address]));
      continue;
    }
    seen.set(spec.name, nameCell.address);
    const text = shownValue(textCell.value);
    const where = at(sheet, textCell.address);
    if (text.trim() === '' && !spec.mayBeEmpty) {
      problems.push(problem('INPUT', 'error', `${where} 的模板“${spec.name}”为空；这一段不能省略。`, sheet, [textCell.address]));
      continue;
    }
    const parsed = parseTemplate(text.trim());
    if (parsed.error) {
      problems.push(problem('INPUT', 'error', `${where} 的模板“${spec.name}”中${parsed.error}。`, sheet, [textCell.address]));
      continue;
    }
    const allowed = allowedFields(spec);
    const unknown = [...new Set(parsed.parts.flatMap((p) => ('field' in p && !allowed.includes(p.field) ? [p.field] : [])))];
    if (unknown.length > 0) {
      const names = unknown.map((f) => `{${f}}`).join('、');
      problems.push(
        problem('INPUT', 'error', `${where} 的模板“${spec.name}”用了不认识的字段${names}；可用的字段有：${allowed.join('、')}。`, sheet, [textCell.address]),
      );
      continue;
    }
    templates[spec.name] = { parts: parsed.parts, cell: textCell.address };
  }
  return { templates, problems };
}
