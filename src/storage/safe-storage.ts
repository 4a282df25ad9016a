import type { StorageKind } from '../config/index';

/** A key/value store that never throws. */
export interface SafeStorage {
  _get(key: string): string | null;
  _set(key: string, value: string): void;
  _remove(key: string): void;
}

/**
 * Web Storage with an in-memory fallback. Even reading `window.localStorage` can throw
 * (sandboxed iframes, blocked cookies), and `setItem` throws on quota or in some private
 * modes, so every access is guarded; a value that could not be written lives in memory for the
 * rest of the page view.
 */
export function safeStorage(kind: StorageKind = 'local'): SafeStorage {
  const memory = new Map<string, string>();
  const web = (): Storage | null => (kind == 'memory' || kind == 'none' ? null : kind == 'session' ? sessionStorage : localStorage);
  return {
    _get(key) {
      if (memory.has(key)) return memory.get(key)!;
      try {
        return web()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    _set(key, value) {
      try {
        web()!.setItem(key, value);
        memory.delete(key);
      } catch {
        memory.set(key, value);
      }
    },
    _remove(key) {
      memory.delete(key);
      try {
        web()?.removeItem(key);
      } catch {
        // Nothing stored there, then.
      }
    },
  };
}
