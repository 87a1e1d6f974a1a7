/**
 * The TalliesLedger capability over an in-memory workbook (the pane's tests and the end-to-end page): the same core
 * tally as the Excel host, the two sheets "written" as grids of their plans' values, both or neither.
 */
import type { SheetGrid, Workbook } from '../core/cell';
import type { TalliesLedger } from '../core/hostContract';
import { planDetailSheet } from '../core/ledger/detailPlan';
import { tallyWorkbook } from '../core/ledger/month';
import { tallyPreview } from '../core/ledger/preview';
import { planScoreSheet } from '../core/ledger/scorePlan';
import { hasErrors } from '../core/problems';
import { uniqueSheetName } from '../core/sheetNames';

function gridOf(name: string, values: (string | number | null)[][]): SheetGrid {
  return { name, originRow: 0, originCol: 0, values: values.map((r) => [...r]), merges: [], tables: [] };
}

/** `made` collects the detail sheets written (outputs, like the ranking sheets), for the host to keep out of its inputs. */
export function memoryTally(workbook: Workbook, made: string[] = []): TalliesLedger {
  const inputs = (): Workbook => ({ sheets: workbook.sheets.filter((s) => !made.includes(s.name)) });
  return {
    async previewTally(month, settings) {
      return tallyPreview(tallyWorkbook(inputs(), month, settings.rankStyle));
    },
    async writeTally(month, _sources, settings) {
      const outcome = tallyWorkbook(inputs(), month, settings.rankStyle);
      const tally = outcome.tally;
      if (!tally || hasErrors(outcome.problems)) return { ok: false, scoreSheet: null, detailSheet: null, problems: outcome.problems };
      const taken = workbook.sheets.map((s) => s.name);
      const score = planScoreSheet(tally, settings.hallName);
      const scoreName = uniqueSheetName(score.sheetName, taken);
      const detail = planDetailSheet(tally);
      const detailName = uniqueSheetName(detail.sheetName, [...taken, scoreName]);
      workbook.sheets.push(gridOf(scoreName, score.values), gridOf(detailName, detail.values));
      made.push(detailName);
      return { ok: true, scoreSheet: scoreName, detailSheet: detailName, problems: outcome.problems };
    },
  };
}
