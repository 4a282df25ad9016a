import { PREFIX } from '../contain/warn';

/**
 * The decision-path log of `debug` mode (`debug: true`, `data-debug`, or `?politely-debug` with
 * `previewParam`): one `[politely]` line per step. A no-op otherwise: without it, Politely logs
 * nothing but real warnings.
 */
export const debugLog =
  (on: unknown) =>
  (message: string): void => {
    if (on) console.info(PREFIX + message);
  };
