/** The prefix of everything Politely writes to the console. */
export const PREFIX = '[politely] ';

/**
 * Logs one `[politely] …` warning. Politely never throws into the page: it warns once, in plain
 * words, and carries on with a safe default.
 */
export const warn = (message: string, ...rest: unknown[]): void => console.warn(PREFIX + message, ...rest);

/** How much of a value a warning quotes: enough to recognise it, never a megabyte. */
const QUOTED = 60;

/** A value for a warning; one whose `toString` throws or is missing must not break the warning. */
export const quoted = (v: unknown): string => {
  try {
    if (typeof v != 'string') return String(v);
    return v.length > QUOTED ? `${JSON.stringify(v.slice(0, QUOTED))}… (${v.length} characters)` : JSON.stringify(v);
  } catch {
    return typeof v;
  }
};
