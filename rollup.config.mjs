// Every bundle from one source tree, in one build; any Rollup warning fails it.
//  - dist/politely.js: the script-tag loader (IIFE): detection, options, consent, rules, events.
//  - dist/politely-prompt.js: the prompt (ES module, Preact inlined), fetched by the loader only
//    when it shows, with one dist/politely-locale-<lang>.js per language beside it;
//    dist/politely-diagnostics.js: "did you mean" and the debug log, and dist/politely-consent.js
//    (the consent gate) and dist/politely-confirm.js (the confirming requests), each fetched only
//    when needed;
//    dist/sri.json holds the Subresource Integrity hash of each of these files.
//  - dist/politely.{mjs,cjs} + dist/detect.{mjs,cjs}: the npm entries. `politely` imports
//    `./detect` (one detection per page for both), and the prompt is a dynamic import, so
//    bundlers split it (with Preact, which stays a dependency) into prompt.{mjs,cjs}.
//  - dist/politely.d.ts, dist/detect.d.ts (+ .d.cts twins): one bundled declaration file per entry.
import replace from '@rollup/plugin-replace';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dts } from 'rollup-plugin-dts';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8'));
/**
 * Internal property names (a `_` prefix in the source) and their short names in the bundles, the
 * same in every bundle: the loader and the prompt file, built apart, share objects. Preact's
 * mangle.json is the model; tests/unit/mangle.test.ts keeps the list complete.
 */
const MANGLE = JSON.parse(readFileSync('./mangle.json', 'utf8'));

const onwarn = (warning) => {
  throw new Error(`Rollup warning (the build allows none): ${warning.code}: ${warning.message}`);
};
// Inlined at build time, with correct sourcemaps, so `version` needs no JSON import at run time.
const stamp = () => replace({ preventAssignment: true, values: { __POLITELY_VERSION__: version } });
const ts = () =>
  typescript({ tsconfig: './tsconfig.json', declaration: false, declarationDir: undefined, outDir: 'dist', noEmitOnError: true });
const minify = (module, preamble) =>
  terser({
    module,
    ecma: 2022,
    compress: { passes: 3, pure_getters: true, unsafe: true, unsafe_arrows: true, unsafe_methods: true },
    mangle: { properties: { regex: new RegExp(MANGLE.minify.mangle.properties.regex) } },
    // A copy per bundle: the plugin merges what it learns into the object it is given.
    nameCache: { props: structuredClone(MANGLE.props) },
    format: { comments: false, preamble },
  });
/**
 * Chrome's explicit compile hint (136+; to other browsers it is a comment): compile every function
 * of the file while it streams in, on a background thread, instead of lazily on the main thread at
 * each function's first call. Only for the loader, which every page view runs (docs/benchmark.md
 * says what it saves, and why the other files go without). It counts only as the file's first line.
 */
const COMPILE_ALL = '//# allFunctionsCalledOnLoad';
// Maps for debugging, without a sourceMappingURL comment in what readers download.
const maps = { sourcemap: 'hidden' };

/** Writes the SRI hash of each emitted file into dist/sri.json. */
const sri = () => ({
  name: 'politely-sri',
  writeBundle(options, bundle) {
    const path = 'dist/sri.json';
    const hashes = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
    for (const file of Object.values(bundle))
      if (file.type == 'chunk') hashes[file.fileName] = 'sha384-' + createHash('sha384').update(file.code).digest('base64');
    writeFileSync(path, JSON.stringify(hashes, null, 2) + '\n');
  },
});

const external = (id) => id === 'preact' || id.startsWith('preact/');

/** The npm build's chunks: each loaded when needed, behind small facades (see below). */
const npmChunk = (id) => {
  const locale = /\/src\/view\/locales\/(\w+)\.ts$/.exec(id);
  if (locale) return 'prompt-locale-' + locale[1];
  if (/\/src\/detect\/network/.test(id)) return 'detect-network';
  if (/\/src\/detect\//.test(id)) return 'detect-core';
  if (/\/src\/view\//.test(id)) return 'prompt';
  if (/\/src\/diagnostics\//.test(id)) return 'diagnostics';
  if (/\/src\/consent\//.test(id)) return 'consent';
  return 'politely-core';
};

export default [
  {
    // The prompt, and each language in a file of its own beside it: a reader fetches one.
    input: 'src/view/index.ts',
    onwarn,
    plugins: [stamp(), resolve({ browser: true }), ts(), minify(true), sri()],
    output: { dir: 'dist', format: 'es', entryFileNames: 'politely-prompt.js', chunkFileNames: 'politely-locale-[name].js', ...maps },
  },
  {
    // "Did you mean" and the debug log: fetched only when there is something to say.
    input: 'src/diagnostics/index.ts',
    onwarn,
    plugins: [stamp(), ts(), minify(true), sri()],
    output: { file: 'dist/politely-diagnostics.js', format: 'es', ...maps },
  },
  {
    // The consent gate: fetched only with requireConsent.
    input: 'src/consent/index.ts',
    onwarn,
    plugins: [stamp(), ts(), minify(true), sri()],
    output: { file: 'dist/politely-consent.js', format: 'es', ...maps },
  },
  {
    // The confirming requests: fetched only after an ad script failed or a stand-in answered it.
    input: 'src/detect/network.ts',
    onwarn,
    plugins: [stamp(), ts(), minify(true), sri()],
    output: { file: 'dist/politely-confirm.js', format: 'es', ...maps },
  },
  {
    input: 'src/script-tag/index.ts',
    onwarn,
    // Detection's confirming requests stay a file of their own (above): the loader imports it
    // from beside itself (a classic script's import() resolves against the script's own URL).
    external: (id) => /\/src\/detect\/network(\.ts)?$/.test(id),
    plugins: [stamp(), ts(), minify(false, COMPILE_ALL), sri()],
    output: {
      file: 'dist/politely.js',
      format: 'iife',
      inlineDynamicImports: true,
      paths: (id) => (/\/src\/detect\/network(\.ts)?$/.test(id) ? './politely-confirm.js' : id),
      ...maps,
    },
  },
  {
    input: { politely: 'src/index.ts', detect: 'src/detect/entry.ts' },
    onwarn,
    external,
    // The entries export exactly their public API: what the chunks share with each other
    // (detection's event helper, the containment helpers the prompt uses) lives in the *-core
    // chunks, behind small facades, never as mangled extra exports of a public entry.
    preserveEntrySignatures: 'strict',
    plugins: [stamp(), ts(), minify(true)],
    output: ['mjs', 'cjs'].map((ext) => ({
      dir: 'dist',
      format: ext == 'mjs' ? 'es' : 'cjs',
      entryFileNames: `[name].${ext}`,
      chunkFileNames: `[name].${ext}`,
      // Detection in detect-core.* (which politely-core.* imports), the prompt in prompt.* with a
      // prompt-locale-*.* per language, the confirming requests in detect-network.*, the
      // diagnostics in diagnostics.*: each loaded when needed.
      manualChunks: npmChunk,
      ...maps,
    })),
  },
  // politely.d.* take detection's types from detect.d.*, so that both entries share one `Verdict`.
  ...['d.ts', 'd.cts'].flatMap((ext) => [
    {
      input: 'src/detect/entry.ts',
      onwarn,
      plugins: [dts({ tsconfig: './tsconfig.json' })],
      output: { file: `dist/detect.${ext}`, format: 'es' },
    },
    {
      input: 'src/index.ts',
      onwarn,
      external: (id) => external(id) || /\/src\/detect\//.test(id),
      plugins: [dts({ tsconfig: './tsconfig.json' })],
      output: {
        file: `dist/politely.${ext}`,
        format: 'es',
        paths: (id) => (/\/src\/detect\//.test(id) ? `./detect.${ext == 'd.ts' ? 'js' : 'cjs'}` : id),
      },
    },
  ]),
];
