export { resolveOptions, attrName } from './resolve';
export { readAttributes, autoDisabled } from './attributes';
export { warn } from './warn';
export type {
  ActionDetail,
  DismissDetail,
  HideDetail,
  PolitelyOptions,
  Mode,
  ResolvedOptions,
  ShowDetail,
  StorageKind,
  Theme,
} from './types';
