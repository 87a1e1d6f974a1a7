/**
 * Checks that need an outside program (LibreOffice, Chromium, pdftotext) fail the run when it is missing instead
 * of skipping quietly: a green run always means they ran. CI installs them (.ci/run); the message says how.
 */
export function failWithoutTools(missing: string | null, checks: string): void {
  if (!missing) return;
  test(`${checks} need their tools`, () => {
    throw new Error(`${checks} cannot run: ${missing}. Install them (Debian: apt-get install chromium libreoffice-calc libreoffice-writer poppler-utils fonts-noto-cjk; or run ../shared/tools/setup-render.sh).`);
  });
}
