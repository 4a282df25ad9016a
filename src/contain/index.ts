// Error containment, used by every layer: the page must never see an exception from Politely.
export { PREFIX, quoted, say, warn, wordWith, type MessageCode } from './warn';
export { guard, safeCall, safeRead } from './guard';
