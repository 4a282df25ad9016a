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

/**
 * The warnings whose words live in the diagnostics file (fetched only when there is something to
 * say): none of them happens on an ordinary page view. Each takes the details its words need.
 */
export type MessageCode =
  | 'initTwice'
  | 'loadedTwice'
  | 'globalTaken'
  | 'queueNotArray'
  | 'queueNotFunctions'
  | 'queueFixed'
  | 'promptLoad'
  | 'promptRelease'
  | 'consentLoad'
  | 'noSupport'
  | 'inlineNoTarget'
  | 'optionsUnreadable'
  | 'skipSelector'
  | 'shouldShowThrew';

/** Words a message's code and details into its sentence (at once, or once its file arrives); `undefined` where it cannot. */
export type Wording = (code: MessageCode, details: readonly (string | number)[]) => string | undefined | Promise<string | undefined>;

let wording: Wording | undefined;

/** Where `say()` gets its words: the diagnostics file of the entry that runs (set once it starts). */
export const wordWith = (words: Wording): void => void (wording = words);

/**
 * One `[politely]` warning, worded by the diagnostics file once it has arrived; without it (a
 * copy of dist/ that left the file out), the code and the details, which still name the problem.
 * `error`, if given, follows the words, for the console to show.
 */
export function say(code: MessageCode, details: readonly (string | number)[] = [], error?: unknown): void {
  const rest = error === undefined ? [] : [error];
  const print = (text: string | undefined) => warn(text ?? [code, ...details].join(' '), ...rest);
  const text = wording?.(code, details);
  if (text instanceof Promise) text.then(print, () => print(undefined));
  else print(text);
}
