/** Turns a cell that cannot be read into a Problem naming its cell; readers call these and keep going. */
import { at, problem, type Problem } from '../problems';
import type { Period } from '../model';
import { isCellError } from '../cell';
import { readCount, readDate, readMonth, shownValue, isBlank, type Read } from './cellRead';
import type { CivilDate } from './civilDate';
import type { InputCell } from './inputTable';

function take<T>(
  sheet: string,
  cell: InputCell,
  label: string,
  read: Read<T | null>,
  required: boolean,
  problems: Problem[],
): T | null {
  if (!read.ok) {
    problems.push(problem('INPUT', 'error', `${at(sheet, cell.address)} 的${label}“${shownValue(cell.value)}”${read.reason}。`, sheet, [cell.address]));
    return null;
  }
  if (read.value === null && required) {
    problems.push(problem('INPUT', 'error', `${at(sheet, cell.address)} 的${label}为空。`, sheet, [cell.address]));
  }
  return read.value;
}

export function countIn(sheet: string, cell: InputCell, label: string, required: boolean, problems: Problem[]): number | null {
  return take(sheet, cell, label, readCount(cell.value), required, problems);
}

export function dateIn(sheet: string, cell: InputCell, label: string, required: boolean, problems: Problem[]): CivilDate | null {
  return take(sheet, cell, label, readDate(cell.value), required, problems);
}

export function monthIn(sheet: string, cell: InputCell, label: string, required: boolean, problems: Problem[]): Period | null {
  return take(sheet, cell, label, readMonth(cell.value), required, problems);
}

export function textIn(sheet: string, cell: InputCell, label: string, required: boolean, problems: Problem[]): string {
  if (isBlank(cell.value)) {
    if (required) problems.push(problem('INPUT', 'error', `${at(sheet, cell.address)} 的${label}为空。`, sheet, [cell.address]));
    return '';
  }
  if (isCellError(cell.value)) {
    problems.push(problem('INPUT', 'error', `${at(sheet, cell.address)} 的${label}是错误值 ${cell.value.code}。`, sheet, [cell.address]));
    return '';
  }
  return shownValue(cell.value).trim();
}
