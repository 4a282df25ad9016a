// Configuration: the options table, validation, `data-*` attributes, languages.
export { resolveOptions, type UnknownName } from './resolve';
export { readAttributes, autoDisabled } from './attributes';
export type { Texts } from './texts';
export type { PolitelyOptions, ResolvedOptions } from './types';
export type * from './details';
