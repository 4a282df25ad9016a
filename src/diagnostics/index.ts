// The diagnostics file: the words for what most page views never need to say — "did you mean"
// for names that are not options, and the debug log. The loader fetches it only then.
import type { UnknownName } from '../config/index';
import type { DiagnosticsModule } from '../flow/index';
import { describe } from './describe';
import { suggest } from './suggest';

export { version } from '../version';
export { describe };

/** "x is not an option: did you mean y?" (or "; ignored" when nothing is close). */
export function explainUnknown({ name, known }: UnknownName): string {
  const meant = suggest(name, known);
  return `${name} is not an option${meant ? `: did you mean ${meant}?` : '; ignored'}`;
}

// The module is what the loader expects (a type check only).
({ explainUnknown, describe }) satisfies Omit<DiagnosticsModule, 'version'>;
