import { h as preactH, type ComponentChildren, type VNode } from 'preact';

/**
 * Preact's `h()`, with the props in an object without a prototype. Preact reads props with
 * `for…in`, which also walks `Object.prototype`: on a page with a prototype-pollution bug (say,
 * a query-string parser merging `?__proto__[dangerouslySetInnerHTML][__html]=…`), every element
 * would take the polluted names as its own props — markup injected into the prompt. With no
 * prototype, only the props written here reach the DOM.
 */
export const h = (type: string | ((props: never) => VNode | null), props?: object | null, ...children: ComponentChildren[]): VNode => {
  const vnode = preactH(type as string, null, ...children);
  vnode.props = Object.assign(Object.create(null), vnode.props, props);
  return vnode;
};
