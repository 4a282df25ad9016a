// Type-checks the package as its consumers get it: packs it (`npm pack`, so only the published
// files count), then, for every consumer project in tests/types/ (a directory with a
// tsconfig.json), copies tests/types/shared/ and then the project (whose own files win: the
// CommonJS project has its own api.ts, which requires the package) to a temporary directory, installs the tarball there (Preact
// and TypeScript linked from this repository's node_modules: no network), adds one module per
// ```ts block of README.md (so a new snippet is checked the day it lands; a ```ts nocheck block is
// skipped, and said so) and runs that project's TypeScript on each of its tsconfig*.json.
// Exits non-zero when any of them fails, naming it. Run after `npm run build`.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const PROJECTS = join(ROOT, 'tests/types');
const README = join(ROOT, 'README.md');
// What the consumers install besides the tarball, linked from here so the check is offline and fast.
const LINKED = ['preact', 'typescript'];
const WINDOWS = process.platform == 'win32';

const started = performance.now();
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1) + 's';
const log = (line = '') => console.log(line);
const children = new Set();

/** Runs a command; resolves with its exit code, its stdout, and its stdout and stderr interleaved. */
function run(command, args, cwd) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, shell: WINDOWS, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    children.add(child);
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk) => ((stdout += chunk), (output += chunk)));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => done({ code: -1, stdout, output: output + String(error) }));
    child.on('close', (code, signal) => {
      children.delete(child);
      done({ code: code ?? (signal ? 128 : -1), stdout, output });
    });
  });
}

/** At most `limit` of the given async jobs at once. */
async function pool(limit, jobs) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

/**
 * The fenced TypeScript blocks of a Markdown file (```ts, ```typescript, ```tsx…): their language,
 * their first line's number (1-based), their code, and whether the info string says `nocheck`.
 */
function snippets(markdown) {
  const lines = markdown.split(/\r?\n/);
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^`\s]*)(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang, rest] = open;
    const body = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = /^\s*(`{3,}|~{3,})\s*$/.exec(lines[j]);
      if (close && close[1][0] == fence[0] && close[1].length >= fence.length) break;
      // Content lines lose the fence's indentation, as CommonMark strips it.
      body.push(lines[j].replace(new RegExp(`^ {0,${indent.length}}`), ''));
    }
    if (/^(ts|typescript|tsx|mts|cts)$/i.test(lang))
      found.push({ lang: lang.toLowerCase(), line: i + 2, code: body.join('\n'), nocheck: /\bnocheck\b/.test(rest) });
    i = j;
  }
  return found;
}

/** Whether a module's code uses `await` (or `for await`) outside any function. */
function hasTopLevelAwait(source) {
  let found = false;
  const visit = (node) => {
    if (found || ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node)) return;
    if (ts.isAwaitExpression(node) || (ts.isForOfStatement(node) && node.awaitModifier)) found = true;
    else if (ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.AwaitUsing) == ts.NodeFlags.AwaitUsing) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * A README snippet as a module file, line for line (so errors map back to README lines). In a
 * CommonJS project, where top-level `await` is not allowed, the statements after the imports go
 * in an async function (on the first one's line), so the snippet still type-checks against the
 * CommonJS declarations.
 */
function snippetModule(code, commonjs) {
  let text = code;
  let wrapped = false;
  const source = ts.createSourceFile('snippet.ts', code, ts.ScriptTarget.Latest, true);
  if (commonjs && hasTopLevelAwait(source)) {
    const first = source.statements.find((s) => !ts.isImportDeclaration(s) && !ts.isImportEqualsDeclaration(s));
    const at = first.getStart(source);
    text = code.slice(0, at) + 'export async function readmeSnippet() { ' + code.slice(at) + '\n}';
    wrapped = true;
  }
  // `export {}` makes every snippet a module, even one that only declares types.
  return { text: text + '\nexport {};\n', wrapped };
}

/** Whether a project's .ts files are CommonJS: `module` node16/nodenext and no `"type": "module"`. */
function isCommonJs(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const { config, error } = ts.readConfigFile(join(dir, 'tsconfig.json'), ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  return pkg.type != 'module' && /^node/i.test(config.compilerOptions?.module ?? '');
}

/** tsc output with `readme/line-N.ts(r,c)` turned into `README.md:line:col`, indented. */
function explain(output) {
  return output
    .trim()
    .replace(/readme\/line-(\d+)\.ts\((\d+),(\d+)\)/g, (_, start, row, col) => `README.md:${+start + +row - 1}:${col} (${_})`)
    .split('\n')
    .map((line) => '      ' + line)
    .join('\n');
}

async function main() {
  for (const file of ['dist/politely.d.ts', 'dist/politely.d.cts', 'dist/detect.d.ts', 'dist/detect.d.cts'])
    if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
  for (const name of LINKED)
    if (!existsSync(join(ROOT, 'node_modules', name, 'package.json')))
      throw new Error(`node_modules/${name} is missing: run \`npm ci\` first`);
  const projects = readdirSync(PROJECTS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(PROJECTS, entry.name, 'tsconfig.json')))
    .map((entry) => entry.name)
    .sort();
  if (!projects.length) throw new Error(`no consumer projects (a directory with a tsconfig.json) in ${relative(ROOT, PROJECTS)}`);

  const tmp = mkdtempSync(join(tmpdir(), 'politely-types-'));
  const cleanUp = () => rmSync(tmp, { recursive: true, force: true });
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => {
      for (const child of children) child.kill();
      cleanUp();
      process.exit(130);
    });
  try {
    // The tarball npm would publish, of the build that has just run (`--ignore-scripts`: prepack would build again).
    const packed = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], ROOT);
    if (packed.code != 0) throw new Error(`npm pack failed:\n${packed.output}`);
    const [{ filename, files }] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')));
    const tarball = join(tmp, basename(filename));
    log(`Packed ${filename} (${files.length} files).`);

    const all = snippets(readFileSync(README, 'utf8'));
    const blocks = all.filter((b) => b.lang == 'ts' || b.lang == 'typescript');
    const checked = blocks.filter((b) => !b.nocheck);
    log(
      `README.md: ${blocks.length} \`\`\`ts blocks, ${checked.length} checked in every project (lines ${checked.map((b) => b.line).join(', ') || 'none'}).`,
    );
    for (const b of blocks.filter((b) => b.nocheck)) log(`  skipped: the \`\`\`ts nocheck block at README.md line ${b.line}`);
    for (const b of all.filter((b) => !blocks.includes(b)))
      log(`  not checked: the \`\`\`${b.lang} block at README.md line ${b.line} (only \`\`\`ts blocks are)`);
    if (!blocks.length) log('  (no ```ts blocks found in README.md)');

    const linked = LINKED.map((name) => join(ROOT, 'node_modules', name));
    const prepared = await Promise.all(
      projects.map(async (name) => {
        const source = join(PROJECTS, name);
        const dir = join(tmp, name);
        // The files every project shares (tests/types/shared/), then the project's own, which win.
        cpSync(join(PROJECTS, 'shared'), dir, { recursive: true });
        cpSync(source, dir, { recursive: true, filter: (path) => !/[\\/](node_modules|readme)$/.test(path) });
        const commonjs = isCommonJs(dir);
        mkdirSync(join(dir, 'readme'));
        const wrapped = [];
        for (const block of checked) {
          const module = snippetModule(block.code, commonjs);
          writeFileSync(join(dir, 'readme', `line-${block.line}.ts`), module.text);
          if (module.wrapped) wrapped.push(block.line);
        }
        if (wrapped.length)
          log(
            `  ${name} is CommonJS: the snippets with top-level await (README.md line ${wrapped.join(', ')}) run in an async function there.`,
          );
        const install = await run(
          'npm',
          ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefer-offline', tarball, ...linked],
          dir,
        );
        const configs = readdirSync(dir)
          .filter((file) => /^tsconfig(\..+)?\.json$/.test(file))
          .sort();
        return { name, dir, install, configs };
      }),
    );

    const tsc = (dir) => join(dir, 'node_modules/typescript/bin/tsc');
    const jobs = prepared.flatMap(({ name, dir, install, configs }) =>
      install.code != 0
        ? [async () => ({ name, config: 'npm install', code: install.code, output: install.output, time: '' })]
        : configs.map((config) => async () => {
            const since = performance.now();
            const result = await run(process.execPath, [tsc(dir), '-p', config, '--pretty', 'false'], dir);
            return { name, config, code: result.code, output: result.output, time: seconds(since) };
          }),
    );
    const version = JSON.parse(readFileSync(join(ROOT, 'node_modules/typescript/package.json'), 'utf8')).version;
    log(`TypeScript ${version}, ${jobs.length} programs:`);
    const results = await pool(availableParallelism(), jobs);
    const width = Math.max(...results.map((r) => `${r.name}/${r.config}`.length));
    for (const r of results) {
      log(`  ${r.code == 0 ? 'ok  ' : 'FAIL'} ${`${r.name}/${r.config}`.padEnd(width)} ${r.time}`);
      if (r.code != 0) log(explain(r.output || `exit code ${r.code}, no output`));
    }
    const failed = results.filter((r) => r.code != 0);
    log();
    if (failed.length) {
      log(
        `Type check FAILED for ${failed.map((r) => `${relative(ROOT, join(PROJECTS, r.name))} (${r.config})`).join(', ')} in ${seconds(started)}.`,
      );
      process.exitCode = 1;
    } else log(`Types OK for every consumer (${projects.join(', ')}) in ${seconds(started)}.`);
  } finally {
    cleanUp();
  }
}

main().catch((error) => {
  console.error(`check-types: ${error.message}`);
  process.exitCode = 1;
});
