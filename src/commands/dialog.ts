/**
 * The report dialog opened by the ribbon command: reads the report from the URL's query and shows it as text
 * (workbook text is never treated as HTML). Styles go in through the CSSOM, which the page's CSP allows.
 */
import { reportFromSearch } from './reportPayload';
import type { RibbonReport } from './report';

const STYLES = [
  'body{margin:0;font:14px/1.5 "Segoe UI","Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;color:#242424;background:#fff}',
  'main{padding:16px 20px}',
  'h1{font-size:18px;font-weight:600;margin:0 0 8px}',
  'h1.bad{color:#b10e1c}',
  'p{margin:0 0 12px}',
  'ul{margin:0 0 12px;padding:0;list-style:none}',
  'li{padding:6px 8px;border-left:4px solid #c19c00;background:#fff9f5;margin-bottom:6px;word-break:break-word}',
  'li.error{border-left-color:#b10e1c;background:#fdf3f4}',
  'button{font:inherit;padding:5px 20px;border:1px solid #0f6cbd;border-radius:4px;background:#0f6cbd;color:#fff;cursor:pointer}',
  'button:focus-visible{outline:2px solid #000;outline-offset:2px}',
  '@media (prefers-color-scheme:dark){body{background:#292929;color:#fff}li{background:#3d3418}li.error{background:#3f1011}h1.bad{color:#f1707b}}',
];

function installStyles(doc: Document): void {
  const style = doc.createElement('style');
  doc.head.appendChild(style);
  for (const rule of STYLES) style.sheet?.insertRule(rule, style.sheet.cssRules.length);
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

/** Renders the report (or, for a fragment that is not one, a plain notice) into `root`; returns the close button. */
export function renderReport(doc: Document, root: HTMLElement, report: RibbonReport | null): HTMLButtonElement {
  const main = element(doc, 'main');
  if (!report) {
    main.append(element(doc, 'h1', '无法显示结果', 'bad'), element(doc, 'p', '这个对话框没有收到“生成排名”的结果。请打开“考核通报”窗格查看。'));
  } else {
    main.append(element(doc, 'h1', report.title, report.ok ? undefined : 'bad'), element(doc, 'p', report.summary));
    const list = element(doc, 'ul');
    for (const item of report.items) list.append(element(doc, 'li', item.text, item.severity));
    main.append(list);
    if (report.omitted > 0) main.append(element(doc, 'p', report.omittedNote.replace('{n}', String(report.omitted))));
  }
  const close = element(doc, 'button', report?.closeLabel ?? '关闭');
  close.type = 'button';
  main.append(close);
  root.replaceChildren(main);
  return close;
}

function start(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('dialog.html 缺少 #root 元素');
  installStyles(document);
  const close = renderReport(document, root, reportFromSearch(window.location.search));
  // Outside Office (the page opened on its own) there is no parent to tell: the button just closes the window.
  close.addEventListener('click', () => (typeof Office !== 'undefined' ? Office.context.ui.messageParent('close') : window.close()));
  close.focus();
}

/** Office.onReady can fire before the body is parsed: start once both have happened. */
function startWhenParsed(): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}

if (typeof Office !== 'undefined') void Office.onReady(startWhenParsed);
else if (typeof document !== 'undefined' && document.getElementById('root')) start();
