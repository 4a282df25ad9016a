// Storage that never throws, and the frequency rules built on it.
export { safeStorage, type SafeStorage } from './safe-storage';
export { countView, heldBack, rememberDismissal, rememberShown, RELOAD_FLAG } from './frequency';
