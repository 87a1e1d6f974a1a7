/**
 * Collects problems in one pass, all of them, but keeps a long list readable: past a cap per code, further
 * problems of that code are counted and summed up in one closing line (a 10^6-row sheet of text must not
 * produce 10^6 messages).
 */
import { problem, type Problem, type ProblemCode, type Severity } from './problems';

export const PROBLEMS_PER_CODE = 200;

export class ProblemSink {
  readonly problems: Problem[] = [];
  private readonly counts = new Map<ProblemCode, { severity: Severity; sheet?: string; over: number; kept: number }>();

  add(code: ProblemCode, severity: Severity, message: string, sheet?: string, cells?: string[]): void {
    const c = this.counts.get(code) ?? { severity, sheet, over: 0, kept: 0 };
    this.counts.set(code, c);
    if (c.kept < PROBLEMS_PER_CODE) {
      c.kept++;
      this.problems.push(problem(code, severity, message, sheet, cells));
    } else {
      c.over++;
    }
  }

  /** A note line the clerk wrote on purpose: kept as a warning (the CLI's contract), marked as information. */
  addNote(code: ProblemCode, message: string, sheet: string, cells: string[]): void {
    const before = this.problems.length;
    this.add(code, 'warning', message, sheet, cells);
    if (this.problems.length > before) this.problems[before].note = true;
  }

  /** The problems, with one summary line per code that went over the cap. */
  finish(): Problem[] {
    for (const [code, c] of this.counts) {
      if (c.over > 0) this.problems.push(problem(code, c.severity, `同类问题另有 ${c.over} 处未逐一列出。`, c.sheet));
    }
    return this.problems;
  }
}
