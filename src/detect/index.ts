export { detect } from './detect';
export type { DetectOptions, Signal, Signals, Verdict } from './types';
