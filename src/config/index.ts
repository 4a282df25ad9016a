export { resolveOptions, attrName } from './resolve';
export { readAttributes, autoDisabled } from './attributes';
export { warn } from './warn';
export type { ActionDetail, DismissDetail, HideDetail, KindlyOptions, Mode, ResolvedOptions, ShowDetail, StorageKind, Theme } from './types';
