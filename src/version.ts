/** The library's version, inlined at build time. */
export const version: string = '__POLITELY_VERSION__';
