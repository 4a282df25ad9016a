// Renders the prompt directly, without a controller: for the view's unit tests.
import { vi } from 'vitest';
import { resolveOptions } from '../../../src/config/resolve';
import type { Mode } from '../../../src/config/details';
import type { PolitelyOptions } from '../../../src/config/types';
import type { Phase } from '../../../src/flow/contract';
import { h } from '../../../src/view/h';
import { handleKey } from '../../../src/view/keys';
import { textsFor } from '../../../src/view/locale';
import { mount } from '../../../src/view/mount';
import { Prompt } from '../../../src/view/prompt';

export interface State {
  phase?: Phase;
  help?: boolean;
  blocker?: number;
  preview?: boolean;
}

/** Mounts the prompt in `mode` and `state` into `parent`; `on.*` are spies. */
export function render(mode: Mode, state: State = {}, options: PolitelyOptions = {}, parent: Element = document.body) {
  const o = resolveOptions({ supportUrl: 'https://news.example/support', mode, target: '#slot', ...options });
  const { texts, dir } = textsFor(o.lang, o.texts);
  const m = mount(parent, o, parent == document.body);
  const on = { support: vi.fn(), help: vi.fn(), blocker: vi.fn(), recheck: vi.fn(), reload: vi.fn(), dismiss: vi.fn() };
  m.paint(
    h(Prompt, {
      mode,
      theme: o.theme,
      texts,
      lang: o.lang,
      dir,
      supportUrl: o.supportUrl,
      phase: state.phase ?? 'ask',
      preview: !!state.preview,
      help: !!state.help,
      blocker: state.blocker ?? 0,
      on: { ...on, key: (e: KeyboardEvent) => handleKey(e, m.root, mode == 'modal', on.dismiss) },
    }),
  );
  return {
    m,
    on,
    $: (s: string) => m.root.querySelector<HTMLElement>(s)!,
    $$: (s: string) => [...m.root.querySelectorAll<HTMLElement>(s)],
  };
}
