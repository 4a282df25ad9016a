// Storage that never throws, and the frequency rules' facts built on it.
export { safeStorage, type SafeStorage } from './safe-storage';
export { countView, frequencyFacts, rememberDismissal, rememberShown, RELOAD_FLAG } from './frequency';
