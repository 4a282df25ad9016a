import { h } from './h';

/** A real `<button>`: the accessible name is its text. */
export const button = (label: string, onClick: () => void, props?: object) =>
  h('button', { type: 'button', class: 'pb', onClick, ...props }, label);
