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
