export { pickLocale, type Locale } from './select';
export { TEXT_KEYS, type Texts } from './texts';
export { STRINGS, RTL } from './strings';
