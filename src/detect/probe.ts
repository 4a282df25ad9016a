/**
 * What a probe sees, as a number so that probes combine with `Math.max`: the strongest evidence
 * wins. Turned into a {@link Signal} name only in the verdict:
 * 0 off, 1 clear, 2 inconclusive, 3 blocked.
 */
export type Seen = number;
export const CLEAR = 1;
export const INCONCLUSIVE = 2;
export const BLOCKED = 3;

/** The {@link Seen} values' public names, in order. */
export const NAMES = ['off', 'clear', 'inconclusive', 'blocked'] as const;

/**
 * A probe looks for one kind of evidence and says what it sees now. It is called on every poll
 * until a deciding probe says "blocked" or the deadline passes, then once more with `end` set:
 * that last call gives its final answer and removes whatever the probe added to the page.
 */
export type Probe = (end?: boolean) => Seen;
