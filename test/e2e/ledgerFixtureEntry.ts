/**
 * Browser entry for the 台账 e2e (ledger.e2e.test.ts): a memory host over the reference score sheet plus the bundled
 * sample's ledger sheets (the same data as samples/weekly-bulletin-2023-38.xlsx), as window.__WB_TEST_HOST__.
 */
import { ledgerInputContents } from '../../src/core/ledger/inputContents';
import { createMemoryHost } from '../../src/taskpane/memoryHost';
import { sampleLedgerData } from '../../scripts/sample-ledger-data';
import { ledgerGrids } from '../ledger/grids';
import { referenceWorkbook } from '../taskpane/referenceWorkbook';

const workbook = referenceWorkbook();
workbook.sheets.push(...ledgerGrids(ledgerInputContents(sampleLedgerData())));
window.__WB_TEST_HOST__ = createMemoryHost(workbook, { now: () => new Date(2023, 9, 17), activeSheet: '考核' });
