// The contracts between the loader (the flow and its controller) and the files it fetches when
// needed: the view (the prompt file, when the prompt shows) and the diagnostics (when there is
// something to explain, or debug is on). Types only: nothing here reaches any bundle. Internal
// names start with `_`: the bundles shorten them the same way (mangle.json), since each is built
// apart.
import type { MessageCode } from '../contain/index';
import type { UnknownName, HideDetail, ShowDetail, ResolvedOptions } from '../config/index';
import type { Verdict } from '../detect/index';
import type { SuppressReason } from '../suppress/index';
import type { Decision, Facts } from './decide';
import type { Lifetime } from './lifetime';

/** What the loader lends the view: the options, its lifetime and events, its detection. */
export interface Host {
  _options: ResolvedOptions;
  _preview: boolean;
  _lifetime: Lifetime;
  /** The latest verdict, if any (none in preview, or when the reader opened the prompt first). */
  _verdict(): Verdict | undefined;
  /** Dispatches `politely:<name>` and calls the matching callback. */
  _emit<T>(name: string, detail: T, callback?: (detail: T) => unknown): void;
  /** A fresh detection, handed to `onVerdict`. */
  _detect(): Promise<Verdict>;
  /** Remembers "Not now" (unless in preview). */
  _dismissed(): void;
  /** Sets the flag that makes the next load say thank you, before "Reload page". */
  _reloading(): void;
  /** The view closed (the reader dismissed it, the thank-you ended, `hide()`…): called once per close. */
  _closed(): void;
}

/** What the controller asks the view to show. */
export interface ShowRequest {
  _thanks: boolean;
  _trigger: ShowDetail['trigger'];
}

/** One controller's prompt on the page (every `inline` target gets a copy). */
export interface View {
  /**
   * Fetches the reader's language, mounts the prompt where the options say (an `inline` target
   * without a layout box falls back to a banner, with a warning), paints it and dispatches
   * `politely:show`; a `modal` takes focus. Rejects when it cannot (its language file failed).
   */
  _open(request: ShowRequest): Promise<void>;
  /** Rechecks with the reader watching: "Checking…", then a thank-you or "Still blocked". */
  _recheck(): Promise<Verdict>;
  /** Removes every copy, returns focus, dispatches `politely:hide`, then tells the host. */
  _close(reason: HideDetail['reason']): void;
}

/** What the prompt file exports. */
export interface ViewModule {
  /** The release it is from: the loader refuses a prompt from another one. */
  version: string;
  createView(host: Host): View;
}

/** One step of the decision, for the debug log. */
export type DebugEntry =
  | { _step: 'consent'; _granted: boolean }
  | { _step: 'suppressed'; _rule: SuppressReason }
  | { _step: 'verdict'; _verdict: Verdict }
  | { _step: 'decision'; _decision: Decision; _facts: Facts }
  | { _step: 'shown'; _detail: ShowDetail };

/** What the diagnostics file exports: the words for what most page views never need to say. */
export interface DiagnosticsModule {
  version: string;
  /** "data-placement is not an option: did you mean data-mode?" */
  explainUnknown(unknown: UnknownName): string;
  /** One line of the debug log. */
  describe(entry: DebugEntry): string;
  /** The words of a warning the loader names by its code (see `say()`). */
  explain(code: MessageCode, details: readonly (string | number)[]): string;
}
