// The diagnostics file: the words for what most page views never need to say — "did you mean"
// for names that are not options, and the debug log. The loader fetches it only then.
import type { UnknownName } from '../config/index';
import type { DiagnosticsModule } from '../flow/index';
import type { MessageCode } from '../contain/index';
import { describe } from './describe';
import { MESSAGES } from './messages';
import { suggest } from './suggest';

export { version } from '../version';
export { describe };

/** The words of a warning the loader names by its code. */
export const explain = (code: MessageCode, details: readonly (string | number)[]): string => MESSAGES[code](...details.map(String));

/** "x is not an option: did you mean y?" (or "; ignored" when nothing is close). */
export function explainUnknown({ name, known }: UnknownName): string {
  const meant = suggest(name, known);
  return `${name} is not an option${meant ? `: did you mean ${meant}?` : '; ignored'}`;
}

// The module is what the loader expects (a type check only).
({ explainUnknown, describe, explain }) satisfies Omit<DiagnosticsModule, 'version'>;
