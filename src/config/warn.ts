/** Logs one `[politely] …` warning. Politely never throws into the page: it warns and carries on. */
export const warn = (message: string, ...rest: unknown[]): void => console.warn('[politely] ' + message, ...rest);
