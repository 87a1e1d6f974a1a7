/** The small reference score sheet (title row, header, six windows) written into a fake workbook, as a clerk left it. */
import { HEADER, SMALL_SOURCE, sourceScore } from '../fixtures/data';
import { writeValue, type FakeSheet, type FakeWorkbookState } from '../support/fakeExcel/state';

export function smallScoreSheet(state: FakeWorkbookState, name = '考核'): FakeSheet {
  const sheet = state.addSheet(name);
  writeValue(sheet, 0, 0, '2023年8月窗口考核得分');
  HEADER.forEach((h, c) => writeValue(sheet, 1, c, h));
  SMALL_SOURCE.forEach((r, i) => [r.window, r.base, r.deduction, r.bonus, sourceScore(r)].forEach((v, c) => writeValue(sheet, i + 2, c, v)));
  return sheet;
}
