import type { Signal } from './types';

/**
 * A probe looks for one kind of evidence. It is called every frame with `false` until it returns
 * a signal, then exactly once with `true` (verdict reached or deadline passed): that call
 * removes whatever the probe added to the page and gives its last answer.
 */
export type Probe = (end?: boolean) => Signal | undefined;
