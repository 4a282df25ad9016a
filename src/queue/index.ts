// The command queue: `politelyQueue.push(fn)` works before and after the script loads.
export { drainQueue } from './queue';
