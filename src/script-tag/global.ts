import { say } from '../contain/index';

/**
 * Makes the API `window.Politely`, unless another script already defined that name: then it is
 * left as it is, with one warning, and Politely stays reachable through `politelyQueue`.
 */
export function installGlobal(api: object): void {
  const w = window as unknown as { Politely?: unknown };
  try {
    // Own property: a name inherited from a polluted Object.prototype is not another script's.
    if (!Object.hasOwn(w, 'Politely') || w.Politely === undefined) w.Politely = api;
    else if (w.Politely !== api) say('globalTaken');
  } catch {
    say('globalTaken');
  }
}
