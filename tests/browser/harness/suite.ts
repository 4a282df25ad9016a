// Every browser test file needs one browser and one test server, started before its tests and
// closed after them.
import { afterAll, beforeAll } from 'vitest';
import { startServer, type TestServer } from './server';

/** The browser and server of one test file: read them inside tests and hooks, not at import. */
export interface Suite<B> {
  browser: B;
  server: TestServer;
}

/**
 * Launches a browser and a test server before the calling file's tests and closes both after
 * them. `setup` runs once both are up (extra files on the server, an artifacts folder…).
 */
export function useBrowser<B extends { close(): Promise<unknown> }>(
  launch: () => Promise<B>,
  setup?: (suite: Suite<B>) => unknown,
): Suite<B> {
  const suite = {} as Suite<B>;
  beforeAll(async () => {
    [suite.browser, suite.server] = await Promise.all([launch(), startServer()]);
    await setup?.(suite);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
