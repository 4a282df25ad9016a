import type { PolitelyOptions } from '../config/index';
import type { DetectOptions, Verdict } from '../detect/index';
import type { PolitelyController } from '../flow/index';

/** What the script tag defines as `window.Politely`, and hands to `politelyQueue` functions. */
export interface PolitelyApi {
  /** Starts Politely (see the npm export `init`). */
  init(options?: PolitelyOptions): PolitelyController;
  /** Finds out whether an ad blocker is at work (see the npm export `detect`). */
  detect(options?: DetectOptions): Promise<Verdict>;
  /** Records the reader's consent decision from a non-TCF consent tool. */
  consent(granted?: boolean): void;
  /** The release. */
  readonly version: string;
}

/** `window.politelyQueue`: functions called with the API once the script tag has loaded (at once after that). */
export type PolitelyQueue = ((api: PolitelyApi) => void)[] | { push(...fns: ((api: PolitelyApi) => void)[]): number };
