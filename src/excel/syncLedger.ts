/**
 * Counts the round trips of one operation: the sync budget (≤ 3 for a generate) is a promise to the user on a
 * slow Excel on the web, so every context.sync() of a generate goes through here and is reported.
 */
import { isPayloadTooLarge } from './officeErrors';

export class SyncLedger {
  private syncs = 0;
  private largest = 0;

  constructor(private readonly context: Excel.RequestContext) {}

  get count(): number {
    return this.syncs;
  }

  /** The largest request estimated by a writer before one of these syncs (see applyPlan). */
  get largestRequestBytes(): number {
    return this.largest;
  }

  noteRequestBytes(bytes: number): void {
    if (bytes > this.largest) this.largest = bytes;
  }

  async sync(): Promise<void> {
    this.syncs++;
    await this.context.sync();
  }

  /**
   * Syncs what was queued; false when Excel refused it as too large (isPayloadTooLarge: 5 MB on the web, or over
   * 5,000,000 cells), so the caller reads again in slices. Any other failure is thrown.
   */
  async syncUnlessTooLarge(): Promise<boolean> {
    try {
      await this.sync();
      return true;
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
      return false;
    }
  }
}
