/**
 * jsdom has no ResizeObserver; Fluent's MessageBar observes its own width to decide whether its actions wrap.
 * Layout does not exist in jsdom anyway, so an observer that never fires is the faithful stand-in.
 */
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: typeof NoLayoutResizeObserver }).ResizeObserver = NoLayoutResizeObserver;
}

/**
 * jsdom leaves out TextEncoder / TextDecoder, which every browser (and Office's webviews) has; the docx and zip
 * code of 保存 .docx needs them. Node's are the same WHATWG classes.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

if (typeof globalThis.TextEncoder === 'undefined') {
  Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });
}
