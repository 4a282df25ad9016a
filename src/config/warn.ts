/** Logs one `[kindly] …` warning. Kindly never throws into the page: it warns and carries on. */
export const warn = (message: string, ...rest: unknown[]): void => console.warn('[kindly] ' + message, ...rest);
