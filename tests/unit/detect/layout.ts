// What jsdom lacks for detection: layout and a ResizeObserver. `layout(hidden)` says which
// elements have a box (as a blocker's stylesheet would: whatever `hidden` matches has none);
// `installResizeObserver()` renders "frames" on a timer, as a browser does, and tells each
// observer about the observed elements whose box appeared or went away since the last frame —
// the ResizeObserver contract (a first report only for elements that have a box).
import { vi } from 'vitest';

/** Every connected element has a box, except what `hidden` matches. */
export const layout = (hidden?: string) =>
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
    const boxed = this.isConnected && !(hidden && this.closest(hidden));
    return (boxed ? [{}] : []) as unknown as DOMRectList;
  });

const FRAME_MS = 16;

/** A fake ResizeObserver: the callbacks it delivers, and a way to stop rendering (a background tab). */
export interface FakeResizeObservers {
  /** Callbacks delivered so far, over every observer. */
  deliveries(): number;
  /** Observers still observing something. */
  active(): number;
  /** No more frames (a hidden tab, an iframe that is never rendered). */
  pause(): void;
  uninstall(): void;
}

export function installResizeObserver(): FakeResizeObservers {
  const observers = new Set<FakeObserver>();
  let delivered = 0;
  let paused = false;
  class FakeObserver {
    private sizes = new Map<Element, number>();
    constructor(private callback: ResizeObserverCallback) {}
    observe(el: Element) {
      if (!this.sizes.has(el)) this.sizes.set(el, 0);
      observers.add(this);
    }
    unobserve(el: Element) {
      this.sizes.delete(el);
    }
    disconnect() {
      this.sizes.clear();
      observers.delete(this);
    }
    frame() {
      const entries: ResizeObserverEntry[] = [];
      for (const [el, last] of this.sizes) {
        const size = el.getClientRects().length ? 1 : 0;
        if (size != last) {
          this.sizes.set(el, size);
          entries.push({ target: el } as ResizeObserverEntry);
        }
      }
      if (entries.length) {
        delivered++;
        this.callback(entries, this as unknown as ResizeObserver);
      }
    }
  }
  const timer = setInterval(() => {
    if (!paused) for (const observer of [...observers]) observer.frame();
  }, FRAME_MS);
  vi.stubGlobal('ResizeObserver', FakeObserver);
  return {
    deliveries: () => delivered,
    active: () => observers.size,
    pause: () => (paused = true),
    uninstall: () => clearInterval(timer),
  };
}
