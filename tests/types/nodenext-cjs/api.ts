// The package as a CommonJS consumer requires it: `require` resolves politely to
// dist/politely.d.cts. Replaces shared/api.ts in this project; shared/usage.ts checks what it gets.
/* eslint-disable @typescript-eslint/no-require-imports -- `import x = require()` is what a CommonJS consumer writes */
import politely = require('politely');
export import detectOnly = require('politely/detect');

export const { consent, detect, init, version } = politely;
export type ActionDetail = politely.ActionDetail;
export type DetectOptions = politely.DetectOptions;
export type DismissDetail = politely.DismissDetail;
export type ErrorDetail = politely.ErrorDetail;
export type HideDetail = politely.HideDetail;
export type Mode = politely.Mode;
export type PolitelyApi = politely.PolitelyApi;
export type PolitelyController = politely.PolitelyController;
export type PolitelyEventMap = politely.PolitelyEventMap;
export type PolitelyOptions = politely.PolitelyOptions;
export type PolitelyQueue = politely.PolitelyQueue;
export type ShowDetail = politely.ShowDetail;
export type Signal = politely.Signal;
export type Signals = politely.Signals;
export type StorageKind = politely.StorageKind;
export type Texts = politely.Texts;
export type Theme = politely.Theme;
export type Verdict = politely.Verdict;
export type DetectOnlyOptions = detectOnly.DetectOptions;
export type DetectOnlySignal = detectOnly.Signal;
export type DetectOnlySignals = detectOnly.Signals;
export type DetectOnlyVerdict = detectOnly.Verdict;
