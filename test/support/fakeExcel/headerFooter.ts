/**
 * Fake PageLayout.headersFooters (ExcelApi 1.9): a HeaderFooterGroup with a state and four HeaderFooter objects
 * (defaultForAllPages, firstPage, evenPages, oddPages), each with left/center/right header and footer sections.
 *
 * As in Office.js (excel-win32-16.01.js defines the property on every build), the proxy is always there; an Excel
 * without ExcelApi 1.9 refuses the request at sync with ApiNotFound. What Excel refuses besides:
 * - a state outside Excel.HeaderFooterState (InvalidArgument);
 * - a header or footer longer than 255 characters ("Excel specifications and limits": characters in a header or
 *   footer, 255), counted as Excel stores it: the three sections joined with their &L/&C/&R codes.
 *
 * The sheet keeps what was set; `printedFooter` says which footer a printed page gets under the state, in the
 * file format's form (`&R…`), so a test can compare it with what the file host writes into an .xlsx.
 */
import { FakeClientObject } from './clientObject';
import type { FakeContextCore } from './context';
import { FakeOfficeError } from './errors';
import type { FakeSheet } from './state';

const PAGE_LAYOUT_API = 9;
export const HEADER_FOOTER_MAX_CHARS = 255;
const STATES = ['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven'] as const;
export type HeaderFooterState = (typeof STATES)[number];
const SECTIONS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;
type Section = (typeof SECTIONS)[number];
export type HeaderFooterSections = Partial<Record<Section, string>>;
export const HEADER_FOOTER_KINDS = ['defaultForAllPages', 'firstPage', 'evenPages', 'oddPages'] as const;
type Kind = (typeof HEADER_FOOTER_KINDS)[number];

export interface SheetHeadersFooters {
  state: HeaderFooterState;
  pages: Record<Kind, HeaderFooterSections>;
}

export function emptyHeadersFooters(): SheetHeadersFooters {
  return { state: 'Default', pages: { defaultForAllPages: {}, firstPage: {}, evenPages: {}, oddPages: {} } };
}

/** A header or footer as the file format stores it: "&L…&C…&R…", empty sections left out. */
export function composed(sections: HeaderFooterSections, part: 'Header' | 'Footer'): string {
  const code = { left: '&L', center: '&C', right: '&R' } as const;
  return (['left', 'center', 'right'] as const).map((s) => (sections[`${s}${part}`] ? code[s] + sections[`${s}${part}`] : '')).join('');
}

/** The footer printed on 1-based page `page` under the sheet's header/footer state, in the file format's form. */
export function printedFooter(sheet: FakeSheet, page: number): string {
  const { state, pages } = sheet.headersFooters;
  const first = state === 'FirstAndDefault' || state === 'FirstOddAndEven';
  const oddEven = state === 'OddAndEven' || state === 'FirstOddAndEven';
  const kind: Kind = first && page === 1 ? 'firstPage' : oddEven ? (page % 2 === 1 ? 'oddPages' : 'evenPages') : 'defaultForAllPages';
  return composed(pages[kind], 'Footer');
}

export class FakeHeaderFooter extends FakeClientObject<FakeSheet> {
  readonly typeName = 'HeaderFooter';
  constructor(
    ctx: FakeContextCore,
    private readonly sheet: () => FakeSheet | null,
    private readonly kind: Kind,
  ) {
    super(ctx);
  }
  resolveTarget(): FakeSheet | null {
    return this.sheet();
  }
  protected readProp(t: FakeSheet, prop: string): unknown {
    if (!(SECTIONS as readonly string[]).includes(prop)) throw new Error(`FakeExcel: HeaderFooter.${prop} is not modelled`);
    return t.headersFooters.pages[this.kind][prop as Section] ?? '';
  }
  private setSection(section: Section, value: string): void {
    this.act(section, value, PAGE_LAYOUT_API, (t) => {
      if (typeof value !== 'string') throw new FakeOfficeError('InvalidArgument', `${section} must be a string`, `HeaderFooter.${section}`);
      const next = { ...t.headersFooters.pages[this.kind], [section]: value };
      const part = section.endsWith('Header') ? 'Header' : 'Footer';
      const length = composed(next, part).length;
      if (length > HEADER_FOOTER_MAX_CHARS) {
        throw new FakeOfficeError('InvalidArgument', `The ${part.toLowerCase()} is ${length} characters, over ${HEADER_FOOTER_MAX_CHARS}.`, `HeaderFooter.${section}`);
      }
      t.writes++;
      t.headersFooters.pages[this.kind] = next;
    });
  }
  set leftHeader(v: string) {
    this.setSection('leftHeader', v);
  }
  set centerHeader(v: string) {
    this.setSection('centerHeader', v);
  }
  set rightHeader(v: string) {
    this.setSection('rightHeader', v);
  }
  set leftFooter(v: string) {
    this.setSection('leftFooter', v);
  }
  set centerFooter(v: string) {
    this.setSection('centerFooter', v);
  }
  set rightFooter(v: string) {
    this.setSection('rightFooter', v);
  }
}

export class FakeHeaderFooterGroup extends FakeClientObject<FakeSheet> {
  readonly typeName = 'HeaderFooterGroup';
  readonly defaultForAllPages: FakeHeaderFooter;
  readonly firstPage: FakeHeaderFooter;
  readonly evenPages: FakeHeaderFooter;
  readonly oddPages: FakeHeaderFooter;
  constructor(
    ctx: FakeContextCore,
    private readonly sheet: () => FakeSheet | null,
  ) {
    super(ctx);
    this.defaultForAllPages = new FakeHeaderFooter(ctx, sheet, 'defaultForAllPages');
    this.firstPage = new FakeHeaderFooter(ctx, sheet, 'firstPage');
    this.evenPages = new FakeHeaderFooter(ctx, sheet, 'evenPages');
    this.oddPages = new FakeHeaderFooter(ctx, sheet, 'oddPages');
  }
  resolveTarget(): FakeSheet | null {
    this.ctx.requireApi(PAGE_LAYOUT_API, 'PageLayout.headersFooters');
    return this.sheet();
  }
  protected readProp(t: FakeSheet, prop: string): unknown {
    if (prop === 'state') return t.headersFooters.state;
    throw new Error(`FakeExcel: HeaderFooterGroup.${prop} is not modelled`);
  }
  protected override navigation(prop: string) {
    return (HEADER_FOOTER_KINDS as readonly string[]).includes(prop) ? (this[prop as Kind] as FakeClientObject<unknown>) : null;
  }
  set state(v: HeaderFooterState) {
    this.act('state', v, PAGE_LAYOUT_API, (t) => {
      if (!STATES.includes(v)) throw new FakeOfficeError('InvalidArgument', `state ${String(v)}`, 'HeaderFooterGroup.state');
      t.writes++;
      t.headersFooters.state = v;
    });
  }
}
