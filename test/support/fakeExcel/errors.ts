/** Errors shaped like OfficeExtension.Error (name, code, message, debugInfo.errorLocation), as the host code reads them. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, location?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation: location };
  }
}

/** Thrown when code reads a property it did not load (or loaded but did not sync): the bug Office.js punishes. */
export class NotLoadedError extends Error {
  constructor(what: string) {
    super(`FakeExcel: ${what} was read before load() and context.sync()`);
    this.name = 'NotLoadedError';
  }
}
