import { h } from './h';
import { guard, quoted, safeRead, warn } from '../contain/index';
import type { ActionDetail, BlockerId, HideDetail, Mode, Texts } from '../config/index';
import { rendered, standInAnswers, type Verdict } from '../detect/index';
import type { Host, ShowRequest, View } from '../flow/index';
import { guessBlocker } from './guess';
import { handleKey } from './keys';
import { chooseLanguage, loadLocale, textsFor } from './locale';
import type { Locale } from './locales/types';
import { mount, type Mount } from './mount';
import { Prompt, type Phase } from './prompt';
import { keepClear } from './reserve';
import { borrowRootStyle } from './root-style';

/** Milliseconds the thank-you stays before the prompt closes itself. */
const THANKS_MS = 3000;

/** The platform's modal dialog, where the browser has it. */
const hasDialog = () => typeof HTMLDialogElement == 'function' && typeof HTMLDialogElement.prototype.showModal == 'function';

/**
 * A controller's view: it keeps what the reader sees — the placement, the recheck's phase, whether
 * the steps are open and for which blocker — and nothing else. It mounts the prompt (a copy per
 * `inline` target), paints it, opens the modal as a `<dialog>`, keeps fixed placements clear of
 * what a keyboard user focuses, watches `inline` targets (one that loses its box falls back to a
 * banner), handles the reader's clicks and keys with their events, and puts the prompt back when
 * the page replaces nodes (hydration). It reports each close to the host once.
 */
export const createView = (host: Host): View => {
  const o = host._options;
  const site = safeRead(() => new URL(document.baseURI).hostname) || '';
  let lang: string;
  let locale: Locale;
  let texts: Texts;
  let mounts: Mount[] = [];
  let mode: Mode = 'banner';
  let phase: Phase = 'ask';
  let help = false;
  let blocker: BlockerId = 'unknown';
  let returnTo: Element | null = null;
  /** Ends what the open prompt added to the page (observers, listeners, reserved space). */
  let release = () => {};
  const modalKind = () => (mode == 'modal' ? (hasDialog() ? 'dialog' : 'overlay') : undefined);
  const focused = () => mounts.find((m) => document.activeElement == m._host);
  const action = (name: ActionDetail['action'], id?: BlockerId) =>
    host._emit('action', id ? { action: name, blocker: id } : { action: name }, o.onAction);

  function close(reason: HideDetail['reason']) {
    if (!mounts.length) return;
    const hadFocus = !!focused();
    release();
    mounts.forEach((m) => m._remove());
    mounts = [];
    // Focus goes back where it was: always from the modal, from the others only if it was inside.
    if (hadFocus || mode == 'modal') (returnTo as HTMLElement | null)?.focus?.();
    returnTo = null;
    host._emit('hide', { reason }, o.onHide);
    host._closed();
  }
  const thankThenClose = () => host._lifetime._sleep(THANKS_MS).then(() => phase == 'thanks' && close('thanks'));
  const setPhase = (next: Phase) => {
    const inside = focused();
    phase = next;
    // "Still blocked": the steps, with their "Reload page", are where the reader goes next.
    if (next == 'still') help = true;
    paint();
    // The button the reader pressed is gone or changed: move focus to what replaced it.
    inside?._root.querySelector<HTMLElement>(next == 'still' ? '.pl' : '.pc')?.focus();
  };
  async function recheck(): Promise<Verdict> {
    setPhase('checking');
    const verdict = await host._detect();
    if (mounts.length) {
      setPhase(verdict.blocked ? 'still' : 'thanks');
      if (!verdict.blocked) await thankThenClose();
    }
    return verdict;
  }

  // Preact calls these from the reader's clicks and keys: guarded like the public methods.
  const on = {
    support: guard(() => action('support')),
    signin: guard(() => action('signin')),
    help: guard(() => {
      help = !help;
      if (help) action('allowlist-help');
      paint();
    }),
    blocker: guard((id: BlockerId) => {
      blocker = id;
      action('blocker', id);
      paint();
    }),
    recheck: guard(() => phase != 'checking' && (action('recheck'), void recheck())),
    reload: guard(() => {
      action('reload');
      // After the reload, a load with no blocker says thank you (see the flow).
      host._reloading();
      location.reload();
    }),
    dismiss: guard(() => {
      if (!mounts.length) return;
      if (phase == 'thanks') return close('thanks');
      host._dismissed();
      action('dismiss');
      host._emit('dismiss', { days: o.dismissDays }, o.onDismiss);
      close('dismiss');
    }),
  };
  function paint() {
    for (const m of mounts)
      m._paint(
        h(Prompt, {
          mode,
          modal: modalKind(),
          theme: o.theme,
          texts,
          locale,
          lang,
          supportUrl: o.supportUrl,
          signinUrl: o.signinUrl,
          logoUrl: o.logoUrl,
          logoAlt: o.logoAlt,
          phase,
          preview: host._preview,
          help,
          blocker,
          site,
          on: { ...on, key: guard((e: KeyboardEvent) => handleKey(e, m._root, modalKind(), on.dismiss)) },
        }),
      );
  }

  /**
   * Where the prompt goes: the requested placement, except that a thank-you never takes focus
   * (a modal says it as a corner card) and that an `inline` prompt needs a target with a layout
   * box — an ad blocker hides ad slots, the most natural targets — else it shows as a banner.
   */
  function place(thanks: boolean): Element[] | undefined {
    if (thanks && o.mode == 'modal') return void (mode = 'corner');
    mode = o.mode;
    if (mode != 'inline') return;
    const targets = o.target ? [...document.querySelectorAll(o.target)] : [];
    const boxed = targets.filter((target) => rendered(target));
    if (boxed.length) return boxed;
    // (No target at all was warned about with the options.)
    if (o.target)
      warn(
        targets.length
          ? `the target ${quoted(o.target)} has no layout box (hidden, perhaps by an ad blocker's rules); showing a banner`
          : `no element matches the target ${quoted(o.target)}; showing a banner`,
      );
    mode = 'banner';
  }

  /** Opens the modal: the platform's `<dialog>` makes the page inert and keeps it from scrolling behind. */
  function openModal(m: Mount) {
    const dialog = m._root.querySelector('dialog');
    if (dialog) {
      dialog.showModal();
      // Onto the dialog itself, not its first button ("Not now"): its label and description are read first.
      dialog.focus();
      // Escape (and the platform's other ways to close a dialog) count as "Not now".
      dialog.addEventListener('cancel', (e) => (e.preventDefault(), on.dismiss()));
      dialog.addEventListener('close', () => mounts.includes(m) && on.dismiss());
    } else m._root.querySelector<HTMLElement>('.pc')!.focus();
    // (The dialog makes the page inert; the page could still scroll behind it.)
    const page = borrowRootStyle(['overflow']);
    page._set('overflow', 'hidden');
    return page._restore;
  }

  // A page that replaces nodes (hydration) while the prompt is open: put the prompt back.
  // (A page without a working MutationObserver still gets the prompt, without this.)
  const keep = safeRead(() => new MutationObserver(() => (mounts.forEach((m) => m._restore()), watchPage())));
  const watchPage = () => {
    keep?.disconnect();
    keep?.observe(document.documentElement, { childList: true });
    if (document.body) keep?.observe(document.body, { childList: true });
  };

  return {
    async _open({ _thanks: thanks, _trigger: trigger }: ShowRequest) {
      lang = chooseLanguage(o.locale);
      locale = await loadLocale(lang);
      texts = textsFor(locale, o.texts, !!o.supportUrl);
      const targets = place(thanks);
      phase = thanks ? 'thanks' : 'ask';
      help = false;
      blocker = guessBlocker(host._verdict(), navigator, safeRead(standInAnswers) ?? false);
      returnTo = document.activeElement;
      mounts = targets ? targets.map((target) => mount(o, target)) : [mount(o, undefined, mode == 'banner' || mode == 'corner')];
      paint();
      watchPage();
      const stops = [() => keep?.disconnect()];
      if (mode == 'modal') stops.push(openModal(mounts[0]));
      if (mode == 'banner' || mode == 'corner') stops.push(keepClear(mounts[0]));
      if (mode == 'inline') stops.push(watchTargets());
      release = () => stops.forEach((stop) => stop());
      host._emit('show', { mode, preview: host._preview, thanks, blocker, trigger }, o.onShow);
      if (thanks) void thankThenClose();
    },
    _recheck: recheck,
    _close: close,
  };

  /** While shown inline: a target that loses its box (hidden or removed) sends the prompt to a banner. */
  function watchTargets() {
    // (A page that broke ResizeObserver keeps the prompt where it was shown.)
    const observer = safeRead(
      () =>
        new ResizeObserver(() => {
          if (mounts.some((m) => rendered(m._host))) return;
          warn(`the target ${quoted(o.target)} lost its layout box while the prompt was in it; showing a banner`);
          release();
          mounts.forEach((m) => m._remove());
          mode = 'banner';
          mounts = [mount(o, undefined, true)];
          paint();
          watchPage();
          const stop = keepClear(mounts[0]);
          release = () => (keep?.disconnect(), stop());
        }),
    );
    mounts.forEach((m) => observer?.observe(m._host));
    return () => observer?.disconnect();
  }
};
