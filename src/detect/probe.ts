import type { Signal } from './types';

/**
 * A probe looks for one kind of evidence and says what it sees now. It is called every frame
 * until one probe says "blocked" or the deadline passes, then once more with `end` set: that
 * last call gives its final answer and removes whatever the probe added to the page.
 */
export type Probe = (end?: boolean) => Signal;
