/** The worker's bundled script as text, put in by scripts/build-app.mjs: the page stays one self-contained file. */
declare module 'virtual:host-worker' {
  const source: string;
  export default source;
}

/** The .docx worker's bundled script as text (docxWorker.ts), put in by scripts/build-app.mjs. */
declare module 'virtual:docx-worker' {
  const source: string;
  export default source;
}
