import { adsenseAnswer, gptAnswer } from './stand-in';

/**
 * Whether a blocker's stand-in answers for GPT or AdSense now. The prompt asks this when it
 * opens: a verdict decided by hiding can come before the stand-in script has run. (A file of its
 * own so that the bundler puts it in the prompt's chunk: detection never asks it.)
 */
export const standInAnswers = (): boolean => gptAnswer() == 'standIn' || adsenseAnswer() == 'standIn';
