export { Prompt, button, type Phase, type PromptProps, type UiEvent, type UiState } from './prompt';
export { Steps, BLOCKERS } from './steps';
export { mount, type Mount } from './mount';
export { handleKey } from './keys';
export { applyStyles, CSS } from './styles';
