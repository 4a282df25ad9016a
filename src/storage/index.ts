export { safeStorage, type SafeStorage } from './safe-storage';
export { allowed, countView, rememberDismissal, rememberShown, RELOAD_FLAG } from './frequency';
