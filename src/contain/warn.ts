/** The prefix of everything Politely writes to the console. */
export const PREFIX = '[politely] ';

/**
 * Logs one `[politely] …` warning. Politely never throws into the page: it warns once, in plain
 * words, and carries on with a safe default.
 */
export const warn = (message: string, ...rest: unknown[]): void => console.warn(PREFIX + message, ...rest);
