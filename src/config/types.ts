import type { Check } from './checks';
import type { OPTIONS } from './options';
import type { Texts } from './texts';

type Table = typeof OPTIONS;
type ValueOf<C> = C extends Check<infer T> ? T : never;

/**
 * Options for `init()`; every one is optional, and each (but the callbacks) has a `data-*`
 * attribute twin for the script tag (`dismissDays` ↔ `data-dismiss-days`). Derived from the
 * options table, where each is documented.
 */
export type PolitelyOptions = { -readonly [K in keyof Table]?: ValueOf<Table[K][0]> } & {
  /** Replace any of the prompt's texts (see {@link Texts}); also `data-<key>` attributes. */
  texts?: Partial<Texts>;
};

/** Options after validation: defaults filled in, texts checked; frozen. */
export type ResolvedOptions = {
  readonly [K in keyof Table]: Table[K] extends readonly [unknown, infer D] ? ValueOf<Table[K][0]> | D : ValueOf<Table[K][0]> | undefined;
} & {
  readonly texts: Readonly<Partial<Texts>>;
};
