// The browser tier's harness: real Chromium, Firefox ESR and WebKitGTK, Ghostery's engine with the
// real EasyList, and a news article served under real-looking host names. See tests/browser/README.md.
export * from './article';
export * from './browser';
export * from './firefox';
export * from './proxy';
export * from './requirements';
export * from './server';
export * from './stand-ins';
export * from './suite';
export * from './verdicts';
export * from './webkit';
