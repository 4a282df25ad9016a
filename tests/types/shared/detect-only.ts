// A program that imports politely/detect and nothing else (tsconfig.detect-only.json).
import { detect, type Verdict } from 'politely/detect';

const verdict: Verdict = await detect({ timeout: 800 });

// politely/detect types politely:verdict by itself.
document.addEventListener('politely:verdict', (e) => {
  const detail: Verdict = e.detail;
  console.log(detail.blocked, detail.signals.standIn, verdict.elapsedMs);
  // @ts-expect-error -- a verdict has no action
  void e.detail.action;
});

// …and declares nothing of the prompt's: this program really is without politely's declarations.
document.addEventListener('politely:action', (e) => {
  // @ts-expect-error -- a plain Event here: only politely types politely:action
  void e.detail;
});
// @ts-expect-error -- only politely declares the script tag's global
void window.Politely;
