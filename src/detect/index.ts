// Detection, as the rest of Politely uses it. The public entry politely/detect is ./entry.ts.
export { detect, fetchConfirmationFrom } from './detect';
export { rendered } from './env';
export { dispatch } from './event';
export { standInAnswers } from './stand-in-now';
export type { DetectOptions, Signal, Signals, Verdict } from './types';
