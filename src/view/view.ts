import { h } from './h';
import { guard, safeRead } from '../contain/guard';
import type { ActionDetail, HideDetail, Mode } from '../config/details';
import type { CreateView, Phase } from '../flow/contract';
import { handleKey } from './keys';
import { textsFor } from './locale';
import { mount, type Mount } from './mount';
import { Prompt } from './prompt';
import { BLOCKERS } from './steps';

/** Milliseconds the thank-you stays before the prompt closes itself. */
const THANKS_MS = 3000;

/**
 * A controller's view: mounts the prompt (a copy per parent), paints it, takes focus into the
 * modal and gives it back, handles the reader's keys and clicks (the allowlist steps, "check
 * again" and its phases, "Reload page", "Not now") with their events, and keeps the prompt on the
 * page when the page replaces `<body>` (hydration) while it is open.
 */
export const createView: CreateView = (host) => {
  const { o, emit, life } = host;
  const { texts, dir } = textsFor(o.lang, o.texts);
  let mounts: Mount[] = [];
  let mode: Mode = 'banner';
  let phase: Phase = 'ask';
  let help = false;
  let blocker = 0;
  let returnTo: Element | null = null;
  const focused = () => mounts.find((m) => document.activeElement == m.host);
  const action = (a: ActionDetail['action'], name?: string) =>
    emit('action', name ? { action: a, blocker: name } : { action: a }, o.onAction);

  const close = (reason: HideDetail['reason']) => {
    if (!mounts.length) return;
    const hadFocus = !!focused();
    keep?.disconnect();
    mounts.forEach((m) => m.remove());
    mounts = [];
    // Focus goes back where it was: always from the modal, from the others only if it was inside.
    if (hadFocus || mode == 'modal') (returnTo as HTMLElement | null)?.focus?.();
    returnTo = null;
    host.closed();
    emit('hide', { reason }, o.onHide);
  };
  const thankThenClose = () => life.sleep(THANKS_MS).then(() => phase == 'thanks' && close('thanks'));
  const setPhase = (p: Phase) => {
    const inside = focused();
    phase = p;
    paint();
    // The button the reader pressed is gone: move focus to what replaced it.
    inside?.root.querySelector<HTMLElement>(p == 'still' ? '.pl' : '.pc')?.focus();
  };
  const recheck = async () => {
    setPhase('checking');
    const v = await host.detect();
    if (mounts.length) {
      setPhase(v.blocked ? 'still' : 'thanks');
      if (!v.blocked) await thankThenClose();
    }
    return v;
  };

  // Preact calls these from the reader's clicks and keys: guarded like the public methods.
  const on = {
    support: guard(() => action('support')),
    help: guard(() => {
      help = !help;
      if (help) action('allowlist-help');
      paint();
    }),
    blocker: guard((i: number) => {
      blocker = i;
      action('blocker', BLOCKERS[i] || 'other');
      paint();
    }),
    recheck: guard(() => phase != 'checking' && (action('recheck'), void recheck())),
    reload: guard(() => {
      action('reload');
      // After the reload, a load with no blocker says thank you (see the flow).
      host.reloading();
      location.reload();
    }),
    dismiss: guard(() => {
      if (phase == 'thanks') return close('thanks');
      host.dismissed();
      action('dismiss');
      emit('dismiss', { days: o.dismissDays }, o.onDismiss);
      close('dismiss');
    }),
  };
  const paint = () => {
    for (const m of mounts)
      m.paint(
        h(Prompt, {
          mode,
          theme: o.theme,
          texts,
          lang: o.lang,
          dir,
          supportUrl: o.supportUrl,
          phase,
          preview: host.preview,
          help,
          blocker,
          on: { ...on, key: guard((e: KeyboardEvent) => handleKey(e, m.root, mode == 'modal', on.dismiss)) },
        }),
      );
  };
  // A page that replaces <body> (or empties it) while the prompt is open: put the prompt back.
  // (A page without a working MutationObserver still gets the prompt, without this.)
  const keep = safeRead(
    () =>
      new MutationObserver(() => {
        for (const m of mounts) if (!m.host.isConnected && m.inBody && document.body) document.body.append(m.host);
        watch();
      }),
  );
  const watch = () => {
    if (!keep) return;
    keep.disconnect();
    keep.observe(document.documentElement, { childList: true });
    if (document.body) keep.observe(document.body, { childList: true });
  };
  return {
    open(m, parents, thanks) {
      mode = m;
      phase = thanks ? 'thanks' : 'ask';
      help = false;
      returnTo = document.activeElement;
      mounts = parents.map((parent) => mount(parent, o, parent == document.body));
      paint();
      watch();
      // Only the modal takes focus (onto the dialog itself, so its label and description are read).
      if (mode == 'modal') mounts[0].root.querySelector<HTMLElement>('.pc')!.focus();
      emit('show', { mode, preview: host.preview, thanks }, o.onShow);
      if (thanks) void thankThenClose();
    },
    recheck,
    close,
  };
};
