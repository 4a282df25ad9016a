// Finds the real browser and the real filter list on this machine, or fails loudly with what to
// install. Browser tests never skip: a missing dependency is an error, under CI or not.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const INSTALL = 'apt-get update && apt-get install -y chromium webext-ublock-origin-chromium';

/** Path of Debian's Chromium (override with CHROMIUM_PATH). */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}. Install it: ${INSTALL}`);
  return path;
}

/** Finds a list file shipped by Debian's uBlock Origin package, looked up at run time. */
function listPath(name: string): string {
  let files: string;
  try {
    files = execFileSync('dpkg', ['-L', 'webext-ublock-origin-chromium'], { encoding: 'utf8' });
  } catch {
    throw new Error(`The package webext-ublock-origin-chromium is not installed. Install it: ${INSTALL}`);
  }
  const path = files.split('\n').find((line) => line.endsWith(`/${name}`));
  if (!path || !existsSync(path)) throw new Error(`${name} not found in webext-ublock-origin-chromium. Reinstall it: ${INSTALL}`);
  return path;
}

let easylist: string | undefined;
/** The text of the real EasyList from Debian's webext-ublock-origin-chromium. */
export function easyListText(): string {
  return (easylist ??= readFileSync(listPath('easylist.txt'), 'utf8'));
}

/** Path of the real EasyList file. */
export const easyListPath = (): string => listPath('easylist.txt');
