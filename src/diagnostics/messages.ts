import type { MessageCode } from '../contain/index';

/** The words of each warning the loader only names (see `say()`), from the details it gives. */
export const MESSAGES: Record<MessageCode, (...details: string[]) => string> = {
  initTwice: () => 'init() called twice: returning the first controller (destroy() it first to start over)',
  loadedTwice: (first, second) => `loaded twice on this page${first != second ? ` (${first} and ${second})` : ''}: the first copy runs`,
  globalTaken: () => 'window.Politely belongs to another script: left as it is; use politelyQueue.push((Politely) => …)',
  queueNotArray: (what) => `politelyQueue holds ${what}, not an array of functions; ignored`,
  queueNotFunctions: (count) => `politelyQueue: ${count} item(s) that are not functions ignored`,
  queueFixed: () => 'window.politelyQueue cannot be replaced: functions pushed later will not run',
  promptLoad: (url, error) => `could not load the prompt from ${url} (${error}); the next show() tries again`,
  promptRelease: (url, prompt, script) =>
    `the prompt at ${url} is release ${prompt}, the script ${script}: not shown; serve both from one release`,
  consentLoad: (error) => `could not load the consent file (${error}): nothing runs until consent can be read`,
  noSupport: (name) => `no ${name}: the prompt asks only to allowlist the site`,
  inlineNoTarget: (mode, target) => `${mode} "inline" needs ${target}, a CSS selector; showing a banner`,
  optionsUnreadable: () => 'the options could not be read, so the defaults are used:',
  skipSelector: (selector) => `skipSelector ${selector} is not a CSS selector; ignored`,
  shouldShowThrew: () => 'shouldShow threw, so the prompt is not shown:',
};
