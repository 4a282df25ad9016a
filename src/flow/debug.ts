import { PREFIX } from '../contain/index';
import type { DebugEntry, DiagnosticsModule } from './contract';

/** Writes one step of the decision to the debug log. */
export type DebugLog = (entry: DebugEntry) => void;

/**
 * The decision-path log of `debug` mode (`debug: true`, `data-debug`, or `?politely-debug` with
 * `previewParam`): one `[politely]` line per step, worded by the diagnostics file, which is
 * fetched only then; steps taken before it arrives are written once it has, in order. A no-op
 * otherwise: without it, Politely logs nothing but real warnings.
 */
export function debugLog(on: unknown, diagnostics: () => Promise<DiagnosticsModule | undefined>): DebugLog {
  if (!on) return () => {};
  let module: DiagnosticsModule | undefined;
  let loaded = false;
  const waiting: DebugEntry[] = [];
  // Without the diagnostics file the step is still named.
  const print = (entry: DebugEntry) => console.info(PREFIX + (module ? module.describe(entry) : entry._step));
  void diagnostics().then((m) => {
    module = m;
    loaded = true;
    waiting.splice(0).forEach(print);
  });
  return (entry) => (loaded ? print(entry) : void waiting.push(entry));
}
