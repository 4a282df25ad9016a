// The npm entry: the public API, re-exported. (Auto-init lives in the script-tag build only.)
export * from './detect/index';
export { init, type PolitelyController } from './api/index';
export { consent } from './consent/index';
export type { ActionDetail, DismissDetail, HideDetail, PolitelyOptions, Mode, ShowDetail, StorageKind, Theme } from './config/index';
export type { Texts } from './locales/index';
export { version } from './version';
