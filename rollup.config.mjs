// Three bundles from one source tree:
//  - dist/politely.mjs + dist/detect.mjs: ESM for bundlers; Preact stays an import so apps share one copy,
//    and politely.mjs imports detect.mjs so both entry points share one detection per page.
//  - dist/politely.umd.js: the script-tag build, everything inlined (Preact too), global `Politely`.
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8'));
// Inlined at build time so `Politely.version` needs no JSON import at run time.
const replaceVersion = {
  name: 'politely-version',
  transform: (code) => (code.includes('__POLITELY_VERSION__') ? code.split('__POLITELY_VERSION__').join(version) : null),
};
const minify = (module) =>
  terser({
    module,
    ecma: 2022,
    compress: { passes: 3, pure_getters: true, unsafe: true, unsafe_arrows: true },
    format: { comments: false },
  });

export default [
  {
    input: { politely: 'src/index.ts', detect: 'src/detect/index.ts' },
    external: (id) => id === 'preact' || id.startsWith('preact/'),
    plugins: [
      replaceVersion,
      typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist/types', outDir: 'dist' }),
      minify(true),
    ],
    // 'hidden': maps for debugging, without a sourceMappingURL comment in what readers download.
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs', sourcemap: 'hidden' },
  },
  {
    input: 'src/umd.ts',
    plugins: [
      replaceVersion,
      resolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationDir: undefined, outDir: 'dist' }),
      minify(false),
    ],
    output: { file: 'dist/politely.umd.js', format: 'umd', name: 'Politely', sourcemap: 'hidden' },
  },
];
