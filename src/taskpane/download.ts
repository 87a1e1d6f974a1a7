/**
 * Saving bytes as a file from the pane: a Blob, an object URL and a download link clicked — what browsers, Excel
 * on the web and Excel for Windows (WebView2) honour. Where the webview ignores it (Office for Mac and iPad), the
 * pane never calls this: see PaneEnvironment.downloadsBlocked.
 */

/** How long the object URL outlives the click: the browser starts reading it asynchronously. */
const REVOKE_AFTER_MS = 60_000;

export function saveFile(bytes: Uint8Array, fileName: string, type: string, doc: Document = document): void {
  // A copy typed as backed by a plain ArrayBuffer, which is what Blob accepts (a shared one it does not).
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
