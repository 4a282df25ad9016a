// The package as an ES module consumer imports it (usage.ts checks what it gets).
export { consent, detect, init, version } from 'politely';
export type {
  ActionDetail,
  DetectOptions,
  DismissDetail,
  ErrorDetail,
  HideDetail,
  Mode,
  PolitelyApi,
  PolitelyController,
  PolitelyEventMap,
  PolitelyOptions,
  PolitelyQueue,
  ShowDetail,
  Signal,
  Signals,
  StorageKind,
  Texts,
  Theme,
  Verdict,
} from 'politely';
export * as detectOnly from 'politely/detect';
export type {
  DetectOptions as DetectOnlyOptions,
  Signal as DetectOnlySignal,
  Signals as DetectOnlySignals,
  Verdict as DetectOnlyVerdict,
} from 'politely/detect';
