// Suppression: never ask subscribers, paid or sponsored pages, or robots.
export { botKind } from './bots';
export { shouldSuppress, type SuppressReason, type SuppressRules } from './rules';
