// The contract between the loader (the flow and its controller) and the view (in the prompt
// file, fetched only when the prompt shows). Types only: nothing here reaches either bundle.
import type { HideDetail, Mode } from '../config/details';
import type { ResolvedOptions } from '../config/types';
import type { Verdict } from '../detect/types';
import type { Lifetime } from './lifetime';

/** Where the recheck flow is. */
export type Phase = 'ask' | 'checking' | 'thanks' | 'still';

/** What the loader lends the view: the options, its storage and events, its detection. */
export interface Host {
  o: ResolvedOptions;
  preview: boolean;
  life: Lifetime;
  /** Dispatches `politely:<name>` and calls the matching callback. */
  emit<T>(name: string, detail: T, callback?: (detail: T) => unknown): void;
  /** A fresh detection, handed to `onVerdict`. */
  detect(): Promise<Verdict>;
  /** Remembers "Not now" (unless in preview). */
  dismissed(): void;
  /** Sets the flag that makes the next load say thank you, before "Reload page". */
  reloading(): void;
  /** The view closed (the reader dismissed it, the thank-you ended, `hide()`…). */
  closed(): void;
}

/** One controller's prompt on the page (every `inline` target gets a copy). */
export interface View {
  /** Mounts a copy in each parent, paints it and dispatches `politely:show`; a `modal` takes focus. */
  open(mode: Mode, parents: Element[], thanks: boolean): void;
  /** Rechecks with the reader watching: "Checking…", then a thank-you or "Still blocked". */
  recheck(): Promise<Verdict>;
  /** Removes every copy, returns focus, dispatches `politely:hide`. */
  close(reason: HideDetail['reason']): void;
}

/** Builds the view of a controller. */
export type CreateView = (host: Host) => View;

/** What the prompt file exports. */
export interface ViewModule {
  /** The release it is from: the loader refuses a prompt from another one. */
  version: string;
  createView: CreateView;
}
