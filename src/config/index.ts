// Configuration: the options table, validation, `data-*` attributes, languages.
export { OPTIONS } from './options';
export { resolveOptions, attrName, OPTION_NAMES, type UnknownName } from './resolve';
export { readAttributes, autoDisabled } from './attributes';
export { LANGUAGES, builtIn, pageLanguage } from './languages';
export { TEXT_KEYS, type Texts } from './texts';
export type { PolitelyOptions, ResolvedOptions } from './types';
export type * from './details';
