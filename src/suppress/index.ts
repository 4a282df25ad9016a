// Suppression: never ask subscribers, paid or sponsored pages, or robots.
export { pageRuleAgainst, shouldShowAllows, type SuppressReason } from './rules';
