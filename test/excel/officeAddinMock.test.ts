/**
 * Host functions against office-addin-mock, Microsoft's mock of the Office.js object model: it hands back an
 * error string for any property read without load() and context.sync(), so asserting on the values read proves
 * the host loads what it reads. readSourceGrid (the active sheet's used range, values with their types) and
 * selectCell (a problem's cell) are simple enough to describe in its object-literal form.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { cellError } from '../../src/core/cell';
import { readSourceGrid } from '../../src/excel/readGrid';
import { selectCell } from '../../src/excel/navigation';

const NOT_LOADED = 'Error, property was not loaded';
const NOT_SYNCED = 'Error, context.sync() was not called';

/** A workbook whose active sheet 「考核」 has its used range at B2:D4: header, a window, a #N/A and the text "#N/A". */
function scoreWorkbook() {
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          active: {
            name: '考核',
            usedRange: {
              address: '考核!B2:D4',
              values: [
                ['部门窗口', '基础分值', '减分分值'],
                ['=税务', 100, '#N/A'],
                ['#N/A', 98.5, 0],
              ],
              valueTypes: [
                ['String', 'String', 'String'],
                ['String', 'Double', 'Error'],
                ['String', 'Double', 'Double'],
              ],
            },
            getUsedRangeOrNullObject() {
              return this.usedRange;
            },
          },
          getActiveWorksheet() {
            return this.active;
          },
        },
      },
    },
  }) as unknown as { context: Excel.RequestContext & { workbook: { worksheets: { active: { usedRange: Record<string, unknown> } } } } };
  // isNullObject is not a loadable property in Office.js: the proxy sets it after the sync. The mock has no such
  // notion, so it is set here as a plain (non-null) flag.
  Object.defineProperty(mock.context.workbook.worksheets.active.usedRange, 'isNullObject', { value: false });
  return mock;
}

test('the mock refuses reads before load and before sync (what makes the assertions below meaningful)', async () => {
  const { context } = scoreWorkbook();
  const range = context.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject(true);
  expect(range.address).toBe(NOT_LOADED);
  range.load('address');
  expect(range.address).toBe(NOT_SYNCED);
  expect(range.values).toBe(NOT_LOADED);
  await context.sync();
  expect(range.address).toBe('考核!B2:D4');
});

test('readSourceGrid: name, origin, values with their types — an error is an error, the text "#N/A" stays text', async () => {
  const { context } = scoreWorkbook();
  const read = await readSourceGrid(context, {});
  expect(read.problems).toEqual([]);
  expect(read.grid).toEqual({
    name: '考核',
    originRow: 1,
    originCol: 1,
    values: [
      ['部门窗口', '基础分值', '减分分值'],
      ['=税务', 100, cellError('#N/A')],
      ['#N/A', 98.5, 0],
    ],
    merges: [],
    tables: [],
  });
});

test('selectCell activates the problem\'s sheet and selects its cell', async () => {
  const calls: string[] = [];
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          getItem(name: string) {
            calls.push(`getItem ${name}`);
            return {
              activate: () => calls.push('activate'),
              getRange: (address: string) => ({ select: () => calls.push(`select ${address}`) }),
            };
          },
        },
      },
    },
  }) as unknown as { context: Excel.RequestContext };
  await selectCell(mock.context, '考核', 'D9');
  expect(calls).toEqual(['getItem 考核', 'activate', 'select D9']);
  await expect(selectCell(mock.context, '考核', 'not-a-cell')).rejects.toThrow('单元格地址“not-a-cell”无效。');
});
