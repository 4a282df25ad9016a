// What a consumer writes, checked against the packed package's declarations (scripts/check-types.mjs).
// Every `@ts-expect-error` must meet an error: tsc fails on an unused one, so each check can fail both ways.
// The imports come through ./api.ts, written the way each kind of consumer writes them: `import`
// here (shared/api.ts), `import x = require()` in the CommonJS project (its own api.ts).
import {
  consent,
  detect,
  detectOnly,
  init,
  version,
  type ActionDetail,
  type DetectOnlyOptions,
  type DetectOnlySignal,
  type DetectOnlySignals,
  type DetectOnlyVerdict,
  type DetectOptions,
  type DismissDetail,
  type ErrorDetail,
  type HideDetail,
  type Mode,
  type PolitelyApi,
  type PolitelyController,
  type PolitelyEventMap,
  type PolitelyOptions,
  type PolitelyQueue,
  type ShowDetail,
  type Signal,
  type Signals,
  type StorageKind,
  type Texts,
  type Theme,
  type Verdict,
} from './api.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectTrue = <T extends true>(_?: T) => {};

// init(): every option typed.
const options: PolitelyOptions = {
  supportUrl: '/support',
  mode: 'corner',
  target: '#slot-mid',
  locale: 'de',
  theme: 'dark',
  accent: '#8a1538',
  dismissDays: 30,
  minPageviews: 3,
  periodHours: 24,
  delay: 2000,
  timeout: 800,
  adScripts: ['/ads/loader.js'],
  probeUrl: '/ads/probe.gif',
  preview: false,
  storage: 'session',
  requireConsent: true,
  consentEvent: 'cmp:accepted',
  skipCookie: 'subscriber',
  texts: { cta: 'Become a member', title: 'Hello' },
  shouldShow: (verdict) => !verdict.reason && verdict.signals.bait !== 'inconclusive',
  onVerdict: (verdict: Verdict) => console.log(verdict.blocked, verdict.elapsedMs),
  onShow: (detail) => console.log(detail.mode, detail.preview, detail.thanks),
  onHide: (detail) => console.log(detail.reason),
  onDismiss: (detail) => console.log(detail.days),
  onAction: (detail) => console.log(detail.action, detail.blocker),
  onError: (detail) => console.log(detail.reason, detail.url),
};
const modes: Mode[] = ['banner', 'modal', 'corner', 'inline'];
const themes: Theme[] = ['light', 'dark', 'auto'];
const storages: StorageKind[] = ['local', 'session', 'memory', 'none'];
const texts: Partial<Texts> = { dismiss: 'Not now', note: 'From €1 a week.' };
// The allowlist steps are not texts: they are the locales' own, per blocker.
// @ts-expect-error -- not a text
const noSteps: Partial<Texts> = { step1: 'Open {b}' };
expectTrue<Equal<PolitelyOptions['mode'], Mode | undefined>>();
expectTrue<Equal<Parameters<typeof init>[0], PolitelyOptions | undefined>>();

init({
  // @ts-expect-error -- not a mode
  mode: 'sidebar',
});
init({
  // @ts-expect-error -- an unknown option (a misspelt supportUrl)
  supportURL: '/support',
});
init({
  // @ts-expect-error -- onAction receives an ActionDetail, not a string
  onAction: (action: string) => console.log(action),
});
init({
  // @ts-expect-error -- shouldShow must return a boolean
  shouldShow: () => 'yes',
});
init({
  // @ts-expect-error -- a number of days, not a string
  dismissDays: '7',
});
init({
  // @ts-expect-error -- not a storage kind
  storage: 'cookie',
});
init({
  // @ts-expect-error -- not one of the prompt's texts
  texts: { button: 'Subscribe' },
});

// The controller.
const controller: PolitelyController = init(options);
init();
controller.show();
controller.hide();
controller.destroy();
const rechecked: Promise<Verdict> = controller.recheck();
const ready: Promise<void> = controller.ready;
// @ts-expect-error -- ready is read-only
controller.ready = Promise.resolve();
// @ts-expect-error -- no such method
controller.open();

// consent() and version.
consent();
consent(false);
// @ts-expect-error -- a boolean
consent('granted');
const release: string = version;

// detect() and its types, from both entries: one Verdict.
const detectOptions: DetectOptions = {
  recheck: true,
  timeout: 800,
  adScripts: ['/ads.js'],
  probeUrl: '/probe.gif',
  bait: false,
  confirm: true,
};
export async function detections() {
  const verdict: Verdict = await detect(detectOptions);
  const signals: Signals = verdict.signals;
  const bait: Signal = signals.bait;
  const all: Signal[] = [signals.adSlots, signals.adStack, signals.standIn, signals.network, signals.probe];
  const blocked: boolean = verdict.blocked;
  const reason: string | undefined = verdict.reason;
  // @ts-expect-error -- not a signal
  const _maybe: Signal = 'maybe';
  // @ts-expect-error -- no such probe
  void signals.cookie;
  // @ts-expect-error -- a timeout is a number
  void detect({ timeout: '800' });

  const detectOnlyVerdict: DetectOnlyVerdict = await detectOnly.detect({ recheck: true } satisfies DetectOnlyOptions);
  const fromDetectOnly: Verdict = detectOnlyVerdict;
  const toDetectOnly: DetectOnlyVerdict = verdict;
  const detectOnlySignal: DetectOnlySignal = detectOnlyVerdict.signals.bait;
  const _detectOnlySignals: DetectOnlySignals = signals;
  expectTrue<Equal<Verdict, DetectOnlyVerdict>>();
  expectTrue<Equal<Signals, DetectOnlySignals>>();
  expectTrue<Equal<Signal, DetectOnlySignal>>();
  expectTrue<Equal<DetectOptions, DetectOnlyOptions>>();
  expectTrue<Equal<typeof detect, typeof detectOnly.detect>>();
  expectTrue<Equal<Awaited<ReturnType<PolitelyController['recheck']>>, DetectOnlyVerdict>>();
  return { all, bait, blocked, detectOnlySignal, fromDetectOnly, reason, toDetectOnly };
}

// The events on document, typed.
document.addEventListener('politely:action', (e) => {
  const action: ActionDetail['action'] = e.detail.action;
  const blocker: string | undefined = e.detail.blocker;
  console.log(action, blocker);
  // @ts-expect-error -- an action has no reason
  void e.detail.reason;
});
document.addEventListener('politely:verdict', (e) => {
  const detail: DetectOnlyVerdict = e.detail;
  console.log(detail.blocked, detail.signals.bait);
  // @ts-expect-error -- a verdict has no action
  void e.detail.action;
});
document.addEventListener('politely:show', (e) => console.log(e.detail.mode satisfies Mode, e.detail.preview, e.detail.thanks));
document.addEventListener('politely:hide', (e) => console.log(e.detail.reason satisfies HideDetail['reason']));
document.addEventListener('politely:dismiss', (e) => console.log(e.detail.days satisfies number));
document.addEventListener('politely:error', (e) => console.log(e.detail.reason satisfies 'load' | 'version', e.detail.url));
const onAction = (e: CustomEvent<ActionDetail>) => console.log(e.detail.action);
document.addEventListener('politely:action', onAction);
document.removeEventListener('politely:action', onAction);
expectTrue<Equal<DocumentEventMap['politely:action'], CustomEvent<ActionDetail>>>();
expectTrue<Equal<PolitelyEventMap['politely:show'], CustomEvent<ShowDetail>>>();
expectTrue<Equal<PolitelyEventMap['politely:dismiss'], CustomEvent<DismissDetail>>>();
expectTrue<Equal<PolitelyEventMap['politely:error'], CustomEvent<ErrorDetail>>>();

// The script tag's globals, also declared by the npm entry.
const api: PolitelyApi | undefined = window.Politely;
const queue: PolitelyQueue = (window.politelyQueue ||= []);
queue.push((politely) => politely.init({ supportUrl: '/support' }));

export { api, modes, noSteps, ready, rechecked, release, storages, texts, themes };
