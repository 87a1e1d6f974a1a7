/**
 * Every word the pane shows, in Chinese (the users' language) and English (when Office runs in English).
 * Problem messages come from the engine and stay Chinese: they quote the workbook's own Chinese headers.
 */
import type { GenerateStage } from '../core/hostContract';
import type { ColumnRole, HeaderMatch, Period } from '../core/model';

export interface PaneStrings {
  appTitle: string;
  loading: string;
  outsideTitle: string;
  outsideBody: string;
  outsideHow: string;
  sourceLabel: string;
  activeSheet: string;
  sheetOption: (name: string) => string;
  tableOption: (name: string, sheet: string) => string;
  noHeader: string;
  headerLine: (rowText: string, labels: string) => string;
  headerRows: (first: number, count: number) => string;
  settingsTitle: string;
  hallName: string;
  hallRequired: string;
  periodAuto: string;
  periodYear: string;
  periodMonth: string;
  baseScore: string;
  rankStyle: string;
  rankCompetition: string;
  rankDense: string;
  tieDisplay: string;
  changeColumn: string;
  tieBlank: string;
  tieRepeat: string;
  saveFailed: (message: string) => string;
  previewTitle: string;
  previewEmpty: string;
  previewUpdating: string;
  colRank: string;
  colWindow: string;
  colScore: string;
  tieWith: (rank: string) => string;
  previewMore: (shown: number, total: number) => string;
  problemsTitle: (errors: number, warnings: number) => string;
  errorLabel: string;
  warningLabel: string;
  selectCell: (ref: string) => string;
  generate: string;
  generating: string;
  /** What the running generate is doing, and how far it is (the hosts count different units, so a percentage). */
  progressStage: (stage: GenerateStage, percent: number) => string;
  generated: (sheet: string) => string;
  goToSheet: string;
  replaceSheet: (sheet: string) => string;
  generateBlocked: (errors: number) => string;
  hostFailed: (message: string) => string;
  bulletinTitle: string;
  bulletinHint: string;
  generateBulletin: string;
  generatingBulletin: string;
  bulletinGenerated: (sheet: string) => string;
  bulletinBlocked: (errors: number) => string;
  bulletinProblemsTitle: (errors: number, warnings: number) => string;
  saveDocx: string;
  savingDocx: string;
  docxSaved: (fileName: string) => string;
  downloadsBlocked: string;
  copyHtml: string;
  copied: string;
  preparingExports: string;
  insertTemplate: string;
  insertingTemplate: string;
  insertTemplateHint: string;
  /** The web page's hint: 新建模板 hands over a workbook to download. */
  downloadTemplateHint: string;
  templateAdded: (added: readonly string[], skipped: readonly string[]) => string;
  templateAllPresent: (skipped: readonly string[]) => string;
  /** The web page's 新建模板: the template came as a new workbook, downloaded. */
  templateDownloaded: (fileName: string, sheets: readonly string[]) => string;
  tabRanking: string;
  tabBulletin: string;
  tabSettings: string;
  tabLedger: string;
  tabHistory: string;
  windowsRead: (count: number) => string;
  /** 「2023年8月（取自标题）」: the period the ranking is for, and where it came from. */
  periodRead: (period: Period, from: 'settings' | 'title' | 'clock') => string;
  errorCount: (count: number) => string;
  warningCount: (count: number) => string;
  changedSinceRead: string;
  refreshPreview: string;
  willWrite: (sheet: string) => string;
  willReplace: (sheet: string) => string;
  replaceShort: (sheet: string) => string;
  cannotGenerate: (reason: string) => string;
  yearInvalid: string;
  monthInvalid: string;
  baseInvalid: string;
  notesTitle: string;
  warningsTitle: (count: number) => string;
  outcomeTitle: string;
  sourcesScore: string;
  sourcesOther: string;
  sourcesInputs: string;
  fixErrorsFirst: (errors: number) => string;
  previewBlockedByErrors: string;
}

/** Sheet names listed in a message: 「通报信息」、「办件统计」 / “通报信息”, “办件统计”. */
const quotedZh = (names: readonly string[]): string => names.map((n) => `「${n}」`).join('、');
const quotedEn = (names: readonly string[]): string => names.map((n) => `“${n}”`).join(', ');
/** 「1 error」, 「2 errors」: English counts agree with their noun. */
const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
// Short month names: the read summary must fit two lines of a 350 px pane.
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const zh: PaneStrings = {
  appTitle: '窗口考核通报',
  loading: '正在读取工作簿…',
  outsideTitle: '请在 Excel 中打开此加载项',
  outsideBody: '“考核通报”是 Excel 加载项，需要在 Excel（网页版、Windows 或 Mac）中运行，才能读取考核表并生成排名。',
  // The ribbon as manifest.xml labels it (Group.Label, Pane.Label); a test compares the two.
  outsideHow: '在 Excel 中：「开始」选项卡 →「考核通报」组 →「考核通报」按钮。',
  sourceLabel: '考核数据来源',
  activeSheet: '当前工作表',
  sheetOption: (name) => `工作表「${name}」`,
  tableOption: (name, sheet) => `表格 ${name}（「${sheet}」）`,
  noHeader: '未找到表头（需要“部门窗口”和分值列）',
  headerLine: (rowText, labels) => `表头：${rowText} ${labels}`,
  headerRows: (first, count) => (count > 1 ? `第${first}—${first + count - 1}行` : `第${first}行`),
  settingsTitle: '设置',
  hallName: '大厅名称',
  hallRequired: '请填写大厅名称，它出现在通报标题中。',
  periodAuto: '考核期间从表格标题识别',
  periodYear: '年份',
  periodMonth: '月份',
  baseScore: '默认基础分值（表中无基础分值列时使用）',
  rankStyle: '排名方式',
  rankCompetition: '美式排名（1，2，2，4）',
  rankDense: '中国式排名（1，2，2，3）',
  tieDisplay: '并列名次显示',
  changeColumn: '考核结果表加“较上月”列（按考核历史；正式附件没有这一列）',
  tieBlank: '仅首行显示名次',
  tieRepeat: '每行重复名次',
  saveFailed: (message) => `设置未能保存：${message}`,
  previewTitle: '排名预览',
  previewEmpty: '暂无可预览的排名。',
  previewUpdating: '正在更新预览…',
  colRank: '排名',
  colWindow: '部门窗口',
  colScore: '实得分值',
  tieWith: (rank) => `并列第${rank}名`,
  previewMore: (shown, total) => `仅显示前 ${shown} 行，共 ${total} 个窗口。`,
  problemsTitle: (errors, warnings) => `问题（错误 ${errors} 个，提示 ${warnings} 个）`,
  errorLabel: '错误',
  warningLabel: '提示',
  selectCell: (ref) => `在工作表中选中 ${ref}`,
  generate: '生成排名',
  generating: '正在生成…',
  progressStage: (stage, percent) => `${{ read: '正在读取考核表', rank: '正在计算排名', write: '正在写入工作表', done: '即将完成' }[stage]}… ${percent}%`,
  generated: (sheet) => `已生成工作表「${sheet}」。`,
  goToSheet: '转到该工作表',
  replaceSheet: (sheet) => `替换本加载项以前生成的「${sheet}」（不勾选则另建一张）`,
  generateBlocked: (errors) => (errors > 0 ? `有 ${errors} 个错误，未生成排名。请先修正问题。` : '未生成排名。'),
  hostFailed: (message) => `操作失败：${message}`,
  bulletinTitle: '周报',
  bulletinHint: '用「通报信息」「办件统计」等输入表和考核表生成整期周报，写入新的工作表；之后可保存为 .docx 或复制到 Word / WPS。',
  generateBulletin: '生成通报',
  generatingBulletin: '正在生成通报…',
  bulletinGenerated: (sheet) => `已生成通报工作表「${sheet}」。`,
  bulletinBlocked: (errors) => (errors > 0 ? `有 ${errors} 个错误，未生成通报。请先修正下列问题。` : '未生成通报。'),
  bulletinProblemsTitle: (errors, warnings) => `通报的问题（错误 ${errors} 个，提示 ${warnings} 个）`,
  saveDocx: '保存 .docx',
  savingDocx: '正在生成 .docx…',
  docxSaved: (fileName) => `已开始下载「${fileName}」，请在下载文件夹中查看。`,
  downloadsBlocked:
    '此平台（Excel for Mac / iPad）的任务窗格不能下载文件。请点「复制为网页格式」，粘贴到 Word 或 WPS 后另存为 .docx；或在 Excel 网页版、Windows 版中保存。',
  copyHtml: '复制为网页格式',
  copied: '已复制。在 Word 或 WPS 中粘贴，字体、表格和分页都会保留。',
  preparingExports: '正在准备导出…',
  insertTemplate: '新建模板',
  insertingTemplate: '正在新建模板…',
  insertTemplateHint: '还没有输入表？「新建模板」添加通报信息、办件统计等输入表（带示例行和数据验证），已有的表不会改动。',
  downloadTemplateHint: '还没有输入表？「新建模板」下载一个模板工作簿（通报信息、办件统计等输入表，带示例行和数据验证），填好后在这里打开。',
  templateAdded: (added, skipped) =>
    `已添加输入表${quotedZh(added)}。` + (skipped.length > 0 ? `已有的${quotedZh(skipped)}未改动。` : '') + '请把示例行换成本期的内容。',
  templateAllPresent: (skipped) => `输入表都已存在（${quotedZh(skipped)}），没有添加，也没有改动。`,
  templateDownloaded: (fileName, sheets) => `已下载模板工作簿「${fileName}」（${quotedZh(sheets)}）。把示例行换成本期的内容，保存后在这里打开它。`,
  tabRanking: '排名',
  tabBulletin: '通报',
  tabSettings: '设置',
  tabLedger: '台账',
  tabHistory: '历史',
  windowsRead: (count) => `${count} 个窗口`,
  periodRead: (period, from) => `${period.year}年${period.month}月` + { settings: '（设置）', title: '（取自标题）', clock: '（标题中没有，按上月）' }[from],
  errorCount: (count) => `错误 ${count} 个`,
  warningCount: (count) => `提示 ${count} 个`,
  changedSinceRead: '读取后已修改',
  refreshPreview: '刷新预览',
  willWrite: (sheet) => `将写入新工作表「${sheet}」`,
  willReplace: (sheet) => `将替换「${sheet}」`,
  replaceShort: (sheet) => `替换以前生成的「${sheet}」`,
  cannotGenerate: (reason) => `不能生成：${reason}（在「设置」中修改）`,
  yearInvalid: '年份须是 2000–2100 之间的整数。',
  monthInvalid: '月份须是 1–12 之间的整数。',
  baseInvalid: '基础分值须是大于 0、不超过 10000 的数。',
  notesTitle: '说明行（未参与排名，不是问题）',
  warningsTitle: (count) => `提示 ${count} 个`,
  outcomeTitle: '生成结果',
  sourcesScore: '有考核表',
  sourcesOther: '未找到考核表表头',
  sourcesInputs: '周报输入表（不是考核表，不能选）',
  fixErrorsFirst: (errors) => `有 ${errors} 个错误，修正后才能生成排名`,
  previewBlockedByErrors: '有错误，修正下列问题后显示预览。',
};

const en: PaneStrings = {
  appTitle: 'Window Bulletin',
  loading: 'Reading the workbook…',
  outsideTitle: 'Open this add-in in Excel',
  outsideBody: 'Window Bulletin is an Excel add-in. It needs Excel (on the web, Windows or Mac) to read the score sheet and generate the ranking.',
  outsideHow: 'In Excel: the Home tab → the “Window Bulletin” group → “Bulletin Pane”.',
  sourceLabel: 'Score data source',
  activeSheet: 'Active sheet',
  sheetOption: (name) => `Sheet “${name}”`,
  tableOption: (name, sheet) => `Table ${name} (“${sheet}”)`,
  noHeader: 'No header found (needs 部门窗口 and score columns)',
  headerLine: (rowText, labels) => `Header: ${rowText} ${labels}`,
  headerRows: (first, count) => (count > 1 ? `rows ${first}–${first + count - 1}` : `row ${first}`),
  settingsTitle: 'Settings',
  hallName: 'Hall name',
  hallRequired: 'Enter the hall name; it appears in the bulletin title.',
  periodAuto: 'Take the period from the sheet title',
  periodYear: 'Year',
  periodMonth: 'Month',
  baseScore: 'Default base score (when the sheet has no base column)',
  rankStyle: 'Ranking',
  rankCompetition: 'Competition (1, 2, 2, 4)',
  rankDense: 'Dense (1, 2, 2, 3)',
  tieDisplay: 'Tied ranks',
  changeColumn: 'Add a “vs last month” column to the result sheet (from the history; the published attachment has none)',
  tieBlank: 'Rank on the first tied row only',
  tieRepeat: 'Rank on every tied row',
  saveFailed: (message) => `Settings were not saved: ${message}`,
  previewTitle: 'Ranking preview',
  previewEmpty: 'No ranking to preview.',
  previewUpdating: 'Updating the preview…',
  colRank: 'Rank',
  colWindow: 'Window',
  colScore: 'Score',
  tieWith: (rank) => `Tied at rank ${rank}`,
  previewMore: (shown, total) => `Showing the first ${shown} of ${total} windows.`,
  problemsTitle: (errors, warnings) => `Problems (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`,
  errorLabel: 'Error',
  warningLabel: 'Warning',
  selectCell: (ref) => `Select ${ref} in the workbook`,
  generate: 'Generate ranking',
  generating: 'Generating…',
  progressStage: (stage, percent) => `${{ read: 'Reading the score sheet', rank: 'Ranking', write: 'Writing the sheet', done: 'Finishing' }[stage]}… ${percent}%`,
  generated: (sheet) => `Sheet “${sheet}” was created.`,
  goToSheet: 'Go to the sheet',
  replaceSheet: (sheet) => `Replace “${sheet}”, made earlier by this add-in (otherwise a new sheet is added)`,
  generateBlocked: (errors) => (errors > 0 ? `${plural(errors, 'error')}: no ranking was generated. Fix the problems first.` : 'No ranking was generated.'),
  hostFailed: (message) => `Something failed: ${message}`,
  bulletinTitle: 'Weekly bulletin',
  bulletinHint: 'Builds the whole bulletin from the input sheets (通报信息, 办件统计, …) and the score sheet into a new sheet; then save it as .docx or copy it into Word / WPS.',
  generateBulletin: 'Generate bulletin',
  generatingBulletin: 'Generating the bulletin…',
  bulletinGenerated: (sheet) => `Bulletin sheet “${sheet}” was created.`,
  bulletinBlocked: (errors) => (errors > 0 ? `${plural(errors, 'error')}: no bulletin was generated. Fix the problems below first.` : 'No bulletin was generated.'),
  bulletinProblemsTitle: (errors, warnings) => `Bulletin problems (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`,
  saveDocx: 'Save .docx',
  savingDocx: 'Building the .docx…',
  docxSaved: (fileName) => `Downloading “${fileName}”; look in your downloads folder.`,
  downloadsBlocked:
    'The task pane cannot download files on this platform (Excel for Mac / iPad). Use “Copy as HTML” and paste into Word or WPS, then save as .docx; or save from Excel on the web or Windows.',
  copyHtml: 'Copy as HTML',
  copied: 'Copied. Paste into Word or WPS; fonts, the table and page breaks are kept.',
  preparingExports: 'Preparing the exports…',
  insertTemplate: 'New template',
  insertingTemplate: 'Adding the input sheets…',
  insertTemplateHint: 'No input sheets yet? “New template” adds 通报信息, 办件统计 and the other input sheets (with example rows and data validation); sheets you already have are left unchanged.',
  downloadTemplateHint: 'No input sheets yet? “New template” downloads a template workbook (通报信息, 办件统计 and the other input sheets, with example rows and data validation); fill it in, then open it here.',
  templateAdded: (added, skipped) =>
    `Added the input sheets ${quotedEn(added)}.` + (skipped.length > 0 ? ` Already there and left unchanged: ${quotedEn(skipped)}.` : '') + ' Replace the example rows with this issue’s.',
  templateAllPresent: (skipped) => `All input sheets are already there (${quotedEn(skipped)}); nothing was added or changed.`,
  templateDownloaded: (fileName, sheets) => `Downloaded the template workbook “${fileName}” (${quotedEn(sheets)}). Replace the example rows with this week’s, save it, then open it here.`,
  tabRanking: 'Ranking',
  tabBulletin: 'Bulletin',
  tabSettings: 'Settings',
  tabLedger: 'Ledger',
  tabHistory: 'History',
  windowsRead: (count) => plural(count, 'window'),
  periodRead: (period, from) =>
    `${MONTHS_EN[period.month - 1]} ${period.year}` + { settings: ' (settings)', title: ' (from title)', clock: ' (last month: none in title)' }[from],
  errorCount: (count) => plural(count, 'error'),
  warningCount: (count) => plural(count, 'warning'),
  changedSinceRead: 'Changed since read',
  refreshPreview: 'Refresh',
  willWrite: (sheet) => `Writes the new sheet “${sheet}”`,
  willReplace: (sheet) => `Replaces “${sheet}”`,
  replaceShort: (sheet) => `Replace “${sheet}”`,
  cannotGenerate: (reason) => `Cannot generate: ${reason} (change it under Settings)`,
  yearInvalid: 'The year must be a whole number from 2000 to 2100.',
  monthInvalid: 'The month must be a whole number from 1 to 12.',
  baseInvalid: 'The base score must be a number above 0 and at most 10000.',
  notesTitle: 'Note lines (not ranked; not problems)',
  warningsTitle: (count) => plural(count, 'warning'),
  outcomeTitle: 'Outcome',
  sourcesScore: 'Score tables',
  sourcesOther: 'No score header found',
  sourcesInputs: 'Bulletin input sheets (not score tables; cannot be chosen)',
  fixErrorsFirst: (errors) => `Fix ${errors === 1 ? 'the error' : `the ${errors} errors`} before generating`,
  previewBlockedByErrors: 'No preview until the errors below are fixed.',
};

/** Office reports e.g. "en-US", "zh-CN"; only English switches the pane away from Chinese. */
export function stringsFor(displayLanguage: string | null | undefined): PaneStrings {
  return displayLanguage && displayLanguage.toLowerCase().startsWith('en') ? en : zh;
}

export function languageTag(strings: PaneStrings): 'zh-CN' | 'en-US' {
  return strings === en ? 'en-US' : 'zh-CN';
}

/** Roles shown in the detected header, in the order a reader expects them (the rank and serial columns are not read). */
const SHOWN_ROLES: ColumnRole[] = ['window', 'base', 'deduction', 'bonus', 'score'];

/** 「表头：第3行 部门窗口 / 基础分值 / 减分分值 / 加分分值」: what the pane will read, as found in the sheet, in column order. */
export function describeHeader(strings: PaneStrings, header: HeaderMatch): string {
  const found = SHOWN_ROLES.filter((role) => header.columns[role] !== undefined && header.labels[role])
    .sort((a, b) => (header.columns[a] as number) - (header.columns[b] as number))
    // A header cell may wrap (「基础分\n分值」): shown on one line.
    .map((role) => (header.labels[role] as string).replace(/\s+/g, ''));
  return strings.headerLine(strings.headerRows(header.headerRow + 1, header.headerRows), found.join(' / '));
}
